import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import {
  execute,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
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

/** The operation's root field names, through named and inline fragments (aliases do not change a name). */
function rootFieldNames(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const names: string[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) names.push(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
      else if (!seen.has(sel.name.value) && fragments.has(sel.name.value)) {
        seen.add(sel.name.value);
        visit(fragments.get(sel.name.value)!.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return names;
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * Answers introspection from the part of the schema the viewer's roles may use, so each role discovers
 * only its own API. (In production introspection is refused before this.)
 */
export const introspectionByRolePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async responseForOperation(rc: GraphQLRequestContext<Context>) {
        if (!rc.operation || !rc.document) return null;
        const names = rootFieldNames(rc.operation, rc.document);
        if (!names.some((n) => INTROSPECTION_FIELDS.has(n))) return null;
        if (names.some((n) => !INTROSPECTION_FIELDS.has(n) && n !== '__typename')) {
          // Answered from the role's schema, introspection must not carry data fields along with it.
          return {
            http: { status: 400, headers: new HeaderMap() },
            body: {
              kind: 'single',
              singleResult: {
                errors: [
                  { message: 'Introspection (__schema, __type) cannot be combined with other fields', extensions: { code: 'BAD_REQUEST' } },
                ],
              },
            },
          };
        }
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

/** Logs one line per request (operation, DynamoDB calls, errors) and, in development, shows the calls in `extensions`. */
export const requestLogPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    const started = Date.now();
    return {
      async willSendResponse({ response, operationName, errors }) {
        const scope = currentRequest();
        const dynamodb = { calls: scope?.dynamodbCalls ?? 0, byCommand: scope?.byCommand ?? {} };
        logger.info('graphql request', {
          requestId: scope?.requestId,
          operationName,
          durationMs: Date.now() - started,
          dynamodb,
          errorCodes: errors?.map((e) => e.extensions?.code ?? 'INTERNAL'),
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
