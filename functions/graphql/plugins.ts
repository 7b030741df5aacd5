import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { execute, Kind, type OperationDefinitionNode } from 'graphql';
import { config } from '../lib/config';
import { logger } from '../lib/logger';
import { currentRequest } from '../lib/requestScope';
import { schemaForRoles } from './auth/schemaForRoles';
import type { Context } from './context';
import { policy, schema } from './schema';

/**
 * Writes the request's audit events before the response leaves. If they cannot be written, the data is
 * withheld: the response becomes AUDIT_UNAVAILABLE (503), so no special-category read goes unrecorded.
 */
export const auditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (contextValue.audit.size === 0) return;
        try {
          await contextValue.audit.flush();
        } catch (error) {
          logger.error('audit write failed; response withheld', { error: error as Error, requestId: contextValue.requestId });
          response.http.status = 503;
          response.body = {
            kind: 'single',
            singleResult: {
              errors: [
                {
                  message: 'The audit trail could not be written, so nothing was released; retry',
                  extensions: { code: 'AUDIT_UNAVAILABLE', requestId: contextValue.requestId },
                },
              ],
            },
          };
        }
      },
    };
  },
};

function isIntrospection(operation: OperationDefinitionNode | undefined): boolean {
  return Boolean(
    operation?.selectionSet.selections.some((s) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type')),
  );
}

/**
 * Answers introspection from the part of the schema the viewer's roles may use, so each role discovers
 * only its own API. (In production introspection is refused before this.)
 */
export const introspectionByRolePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async responseForOperation(rc: GraphQLRequestContext<Context>) {
        if (!isIntrospection(rc.operation) || !rc.document) return null;
        const result = await execute({
          schema: schemaForRoles(policy, schema, rc.contextValue.viewer.roles),
          document: rc.document,
          variableValues: rc.request.variables,
          operationName: rc.request.operationName,
          contextValue: rc.contextValue,
        });
        return { http: rc.response.http, body: { kind: 'single', singleResult: result } };
      },
    };
  },
};

/**
 * A bounded name for what a request asked, for metrics: the operation type and its root field
 * (`query.cohort`), or `query.multiple` — never the client-chosen operation name, which is unbounded.
 */
export function operationLabel(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'invalid';
  const fields = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD);
  return `${operation.operation}.${fields.length === 1 && fields[0]!.kind === Kind.FIELD ? fields[0]!.name.value : 'multiple'}`;
}

/** Logs one line per request (operation, DynamoDB calls, errors) and, in development, shows the calls in `extensions`. */
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
