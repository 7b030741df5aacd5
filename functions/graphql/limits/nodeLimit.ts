import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getVariableValues,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { AppError } from '../../lib/errors';
import { DEFAULT_PAGE_SIZE } from '../connection';

/**
 * The most rows an operation may ask for, counting every connection's page size multiplied by the page
 * sizes of the connections it is nested in (as GitHub's node limit does). Depth and alias limits alone
 * let `first: 100` nested three deep ask for a million rows; this refuses that before anything runs.
 */
export function countRequestedNodes(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  rootType: GraphQLObjectType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const visit = (set: SelectionSetNode, type: GraphQLObjectType, multiplier: number): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[sel.name.value];
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && isObjectType(on)) total += visit(fragment.selectionSet, on, multiplier);
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        if (isObjectType(on)) total += visit(sel.selectionSet, on, multiplier);
        continue;
      }
      const field = type.getFields()[sel.name.value];
      const named = field && getNamedType(field.type);
      if (!sel.selectionSet || !named || !isObjectType(named)) continue;
      let inner = multiplier;
      if (named.name.endsWith('Connection')) {
        const arg = sel.arguments?.find((a) => a.name.value === 'first');
        const first = arg ? Number(valueFromASTUntyped(arg.value, variables)) : DEFAULT_PAGE_SIZE;
        inner = multiplier * (Number.isFinite(first) && first > 0 ? first : DEFAULT_PAGE_SIZE);
        total += inner;
      }
      total += visit(sel.selectionSet, named, inner);
    }
    return total;
  };
  return visit(selectionSet, rootType, 1);
}

export function nodeLimitPlugin(maxNodes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return;
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          if (!root) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          // Variables with their declared defaults, as execution will see them (a default of 100 counts as 100).
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          const variables = coerced.coerced ?? request.variables ?? {};
          const nodes = countRequestedNodes(schema, operation.selectionSet, root, fragments, variables);
          if (nodes > maxNodes) {
            throw new AppError('QUERY_TOO_LARGE', `The query may return ${nodes} rows; the limit is ${maxNodes}. Ask for smaller pages.`, {
              nodes,
              maxNodes,
              http: { status: 400 },
            });
          }
        },
      };
    },
  };
}
