/**
 * Stands in for graphql-js's `utilities/printSchema.mjs` in the function bundle. Its only caller in the bundle
 * is Apollo Server, which prints the schema to key a `documentStore` passed in its options; this function passes
 * none (functions/graphql/server.ts), so Apollo keys its own store without printing anything.
 */
function absent(): never {
  throw new Error('graphql-js printSchema is not bundled in this function');
}

export const printSchema = absent;
export const printIntrospectionSchema = absent;
export const printType = absent;
