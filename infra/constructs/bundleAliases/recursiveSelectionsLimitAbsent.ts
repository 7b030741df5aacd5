/**
 * Stands in for Apollo Server's `validationRules/RecursiveSelectionsLimit.js` in the function bundle. Apollo
 * Server creates that rule only for its `maxRecursiveSelections` option, which this function does not set: its
 * own limits on depth, aliases, tokens and rows (functions/graphql/limits/) bound a document's cost instead.
 */
export const DEFAULT_MAX_RECURSIVE_SELECTIONS = 10_000_000;

export function createMaxRecursiveSelectionsRule(): never {
  throw new Error("Apollo Server's maxRecursiveSelections rule is not bundled in this function");
}
