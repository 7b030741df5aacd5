import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import {
  execute,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context';
import { policy, schema } from '../schema';
import { schemaForRoles } from './schemaForRoles';

/** The operation's root field names, through named and inline fragments (an alias does not change a name). */
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
 * only its own API, however the query spells it (fragments, aliases). Introspection may not carry data
 * fields along: it is answered from the role's schema, not through Apollo's pipeline. (In production
 * introspection is refused before this.)
 */
export const introspectionByRolePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async responseForOperation(rc: GraphQLRequestContext<Context>) {
        if (!rc.operation || !rc.document) return null;
        const names = rootFieldNames(rc.operation, rc.document);
        if (!names.some((n) => INTROSPECTION_FIELDS.has(n))) return null;
        if (names.some((n) => !INTROSPECTION_FIELDS.has(n) && n !== '__typename')) {
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
