import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { AppError } from '../../lib/errors';
import { queryCost } from './queryCost';
import { measureShape } from './queryShape';

/**
 * What one operation may ask for. `maxCost` counts rows (see `queryCost`): the Lead LXP listing five cohorts
 * with 100 applications each and the applicants' names costs 1,005. `maxTokens` is graphql-js's own parse
 * option, so an over-long document is a parse error; the others are checked here, before anything runs.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxSelections: 2_500,
  maxCost: 5_000,
  maxTokens: 2_500,
};

export type QueryLimits = typeof QUERY_LIMITS;

/** Which limit refused the query; `extensions.measure` carries it beside `limit` and `found`. */
export type Measure = 'depth' | 'aliases' | 'directives' | 'selections' | 'cost';

const explain: Record<Measure, (found: number, limit: number) => string> = {
  depth: (found, limit) => `The query nests fields ${found} deep; the limit is ${limit}.`,
  aliases: (found, limit) => `The query uses ${found} aliases; the limit is ${limit}.`,
  directives: (found, limit) => `The query uses ${found} directives; the limit is ${limit}.`,
  selections: (found, limit) => `The query selects ${found} fields once its fragments are expanded; the limit is ${limit}.`,
  cost: (found, limit) => `The query may read ${found} rows; the limit is ${limit}. Ask for smaller pages.`,
};

export function queryTooLarge(measure: Measure, found: number, limit: number): AppError {
  return new AppError('QUERY_TOO_LARGE', explain[measure](found, limit), { measure, limit, found, http: { status: 400 } });
}

/** Costs remembered per document, for this many different sets of variables each. */
const COSTS_PER_DOCUMENT = 100;

/**
 * Refuses an operation over any limit once it is parsed, validated and chosen, and before any resolver runs.
 * The shape is measured first, so the cost is only counted for a document of bounded size.
 *
 * Apollo Server keeps each parsed document and hands the same object to every request that sends the same
 * text, so an operation's shape, and its cost for the same variables, are measured once per container.
 */
export function queryLimitsPlugin(limits: QueryLimits = QUERY_LIMITS): ApolloServerPlugin {
  const shapes = new WeakMap<OperationDefinitionNode, ReturnType<typeof measureShape>>();
  const costs = new WeakMap<DocumentNode, Map<string, number | null>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return;
          let shape = shapes.get(operation);
          if (!shape) {
            const fragments = Object.fromEntries(
              document.definitions
                .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
                .map((d) => [d.name.value, d]),
            );
            shape = measureShape(operation, fragments);
            shapes.set(operation, shape);
          }
          if (shape.selections > limits.maxSelections) throw queryTooLarge('selections', shape.selections, limits.maxSelections);
          if (shape.depth > limits.maxDepth) throw queryTooLarge('depth', shape.depth, limits.maxDepth);
          if (shape.aliases > limits.maxAliases) throw queryTooLarge('aliases', shape.aliases, limits.maxAliases);
          if (shape.directives > limits.maxDirectives) throw queryTooLarge('directives', shape.directives, limits.maxDirectives);
          const variables = request.variables ?? {};
          let byVariables = costs.get(document);
          if (!byVariables) costs.set(document, (byVariables = new Map()));
          const key = `${operation.name?.value ?? ''}\u0000${JSON.stringify(variables)}`;
          let cost = byVariables.get(key);
          if (cost === undefined) {
            // Variables that do not fit the operation are refused by execution before any resolver runs, with
            // graphql-js's own message; there is nothing to count (null).
            cost = getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors
              ? null
              : queryCost(schema, document, operation.name?.value, variables);
            if (byVariables.size >= COSTS_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value!);
            byVariables.set(key, cost);
          }
          if (cost !== null && cost > limits.maxCost) throw queryTooLarge('cost', cost, limits.maxCost);
        },
      };
    },
  };
}
