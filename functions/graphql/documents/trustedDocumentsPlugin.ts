import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, type ErrorCode } from '../../lib/errors';
import type { Context } from '../context';
import { trustedDocument } from './trustedDocuments';

/**
 * Runs documents by id: `documentId` in the POST body (GraphQL over HTTP's persisted documents, as
 * `@graphql-codegen/client-preset` sends `__meta__.hash`) or the APQ extension's `sha256Hash`. The id is
 * looked up among the trusted documents and its registered text is what runs; clients cannot register new
 * ones. With `required` (production), a request carrying its own text and no known id is refused with
 * DOCUMENT_NOT_TRUSTED; an unknown id alone is PERSISTED_QUERY_NOT_FOUND in either mode. A request that
 * sends both an id and a text whose hash is not that id is PERSISTED_QUERY_MISMATCH, and an APQ version
 * other than 1 PERSISTED_QUERY_NOT_SUPPORTED: client errors, never run.
 */
export function trustedDocumentsPlugin(mode: 'required' | 'optional'): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const body = request.http?.body as { documentId?: unknown } | undefined;
      const apq = request.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
      const id = typeof body?.documentId === 'string' ? body.documentId : typeof apq?.sha256Hash === 'string' ? apq.sha256Hash : undefined;
      // Apollo's own APQ would otherwise look the hash up in a cache this API does not have.
      if (request.extensions) delete request.extensions.persistedQuery;
      const refusal = refuse(mode, id, request.query, apq);
      if (!refusal && id !== undefined) request.query = trustedDocument(id) ?? request.query;
      if (!refusal) return;
      // Apollo answers an error thrown here with a 500, and one thrown once the operation is resolved with
      // the error itself; so the untrusted text is swapped for an empty one and refused before it would run.
      request.query = '{ __typename }';
      request.operationName = undefined;
      return {
        async didResolveOperation() {
          throw refusal;
        },
      };
    },
  };
}

const clientError = (code: ErrorCode, message: string, details: Record<string, unknown> = {}) =>
  new AppError(code, message, { ...details, http: { status: 400 } });

/** Why a request may not run, if it may not: what it sent by id and by text, against the trusted documents. */
function refuse(
  mode: 'required' | 'optional',
  id: string | undefined,
  text: string | undefined,
  apq: { version?: unknown } | undefined,
): AppError | undefined {
  if (apq && apq.version !== 1)
    return clientError('PERSISTED_QUERY_NOT_SUPPORTED', 'Only version 1 of the persisted-query extension is supported');
  if (id === undefined) {
    return mode === 'required'
      ? clientError('DOCUMENT_NOT_TRUSTED', 'This API runs only registered documents: send the documentId of a registered operation')
      : undefined;
  }
  if (text !== undefined && createHash('sha256').update(text).digest('hex') !== id.replace(/^sha256:/, '')) {
    return clientError('PERSISTED_QUERY_MISMATCH', 'The document sent is not the one its id names', { documentId: id });
  }
  if (trustedDocument(id)) return undefined;
  // In development a client may send any text with its own hash; only an id alone must be a registered one.
  if (text !== undefined && mode === 'optional') return undefined;
  return text === undefined
    ? clientError('PERSISTED_QUERY_NOT_FOUND', `No trusted document has the id ${id}: register it with npm run documents:register`, {
        documentId: id,
      })
    : clientError('DOCUMENT_NOT_TRUSTED', 'This API runs only registered documents: register this one with npm run documents:register', {
        documentId: id,
      });
}
