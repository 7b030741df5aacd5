/**
 * Stands in for `lodash.get` in the function bundle. graphql-query-complexity uses it only in its
 * `directiveEstimator` (a `@complexity` directive), which this project does not use: the row cost has its own
 * estimator (functions/graphql/limits/queryCost.ts). Being CommonJS, the package was bundled though never called.
 */
export default function get(): never {
  throw new Error('lodash.get is not bundled in this function');
}
