/**
 * Stands in for Apollo Server's `utils/makeGatewayGraphQLRequestContext.js` in the function bundle. Apollo
 * Server calls it only when it executes through an Apollo Gateway (`internals.gatewayExecutor`, set only by the
 * `gateway` option); this function serves its own `schema` (functions/graphql/server.ts), so it is never called.
 */
export function makeGatewayGraphQLRequestContext(): never {
  throw new Error('Apollo Gateway support is not bundled in this function');
}
