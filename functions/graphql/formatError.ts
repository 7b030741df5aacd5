import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { APP_ERROR_CODES } from '../lib/errors';
import { logger } from '../lib/logger';
import { inputErrorField } from './inputErrorField';
import { currentRequest } from '../lib/requestScope';

/** Codes Apollo Server itself gives to problems with the request, which the client should see. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Errors the API means to show pass through with their code; anything else is logged in full and
 * masked to a generic message carrying the request id, so internals never reach a client. Persisted-query
 * problems are answered with their own codes by documents/trustedDocumentsPlugin.ts before Apollo's APQ runs.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (APP_ERROR_CODES.has(code) || REQUEST_ERROR_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    // A variable refused by graphql-js names no field; the client gets the same `field` a service would give.
    const field = code === 'BAD_USER_INPUT' && !extensions.field ? inputErrorField(formatted.message) : undefined;
    return { ...formatted, extensions: field ? { ...extensions, field } : extensions };
  }
  const requestId = currentRequest()?.requestId;
  logger.error('internal error', { error: unwrapResolverError(error) as Error, requestId, path: formatted.path });
  return {
    message: `Internal server error (request ${requestId ?? 'unknown'})`,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
