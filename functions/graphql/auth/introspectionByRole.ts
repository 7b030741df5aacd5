import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { execute, Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../context';
import { policy, schema } from '../schema';
import { schemaForRoles } from './schemaForRoles';

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
