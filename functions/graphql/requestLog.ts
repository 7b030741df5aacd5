import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { config } from '../lib/config';
import { logger } from '../lib/logger';
import { currentRequest } from '../lib/requestScope';
import type { Context } from './context';

/**
 * A bounded name for what a request asked, for metrics: the operation type and its root field
 * (`query.cohort`), or `query.multiple` — never the client-chosen operation name, which is unbounded.
 */
export function operationLabel(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'invalid';
  const fields = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD);
  return `${operation.operation}.${fields.length === 1 && fields[0]!.kind === Kind.FIELD ? fields[0]!.name.value : 'multiple'}`;
}

/**
 * Logs one line per request (operation, DynamoDB requests and round trips, errors), records the operation
 * and error codes for the request's metrics (functions/handler.ts publishes them) and, in development, shows
 * the DynamoDB figures in `extensions`.
 */
export const requestLogPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    const started = Date.now();
    return {
      async willSendResponse({ response, operationName, operation, errors }) {
        const scope = currentRequest();
        const dynamodb = {
          calls: scope?.dynamodbCalls ?? 0,
          roundTrips: scope?.dynamodbRoundTrips ?? 0,
          byCommand: scope?.byCommand ?? {},
          ...(config().exposeMetrics ? { readUnits: scope?.readUnits ?? 0, writeUnits: scope?.writeUnits ?? 0 } : {}),
        };
        const errorCodes = errors?.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')) ?? [];
        if (scope) {
          scope.operation = operationLabel(operation);
          scope.errorCodes = errorCodes;
        }
        logger.info('graphql request', {
          requestId: scope?.requestId,
          operationName,
          operation: scope?.operation,
          durationMs: Date.now() - started,
          dynamodb,
          errorCodes,
        });
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = {
          ...result.extensions,
          requestId: scope?.requestId,
          ...(config().exposeMetrics ? { dynamodb } : {}),
        };
      },
    };
  },
};
