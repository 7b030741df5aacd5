import { getNamedType, isObjectType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../connection';

/** A connection's page: the rows it can return for its `first` (the server's default when none, at most the maximum). */
function rowsPerPage(first: unknown): number {
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1) return DEFAULT_PAGE_SIZE;
  return Math.min(first, MAX_PAGE_SIZE);
}

const isConnection = (typeName: string) => typeName.endsWith('Connection');
const isEdge = (typeName: string) => typeName.endsWith('Edge');

/**
 * A field costs the rows it may read: a connection costs its page size and multiplies everything inside it
 * by that size; a field reaching records without pages (a type with an `id`, such as an application's
 * `applicant` or a cohort's `facilitators`) costs one per row it is read for. An edge's `node` is the
 * connection's row, counted already. Scalars, page info and introspection cost nothing.
 */
const rowEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__')) return 0;
  const named = getNamedType(field.type);
  if (isConnection(named.name)) return rowsPerPage(args.first) * (1 + childComplexity);
  if (isEdge(type.name) && field.name === 'node') return childComplexity;
  if (isObjectType(named) && 'id' in named.getFields()) return 1 + childComplexity;
  return childComplexity;
};

/**
 * The rows an operation may read, counted on the variables as graphql-js coerces them for execution
 * (defaults applied), leaving out what `@skip`/`@include` leave out, through fragments and inline fragments.
 * Throws the coercion errors when the variables are not valid for the operation.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [rowEstimator] });
}
