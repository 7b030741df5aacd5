import type { BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * Packages replaced in the bundle by smaller code with the same exports (each file says why). Absolute paths:
 * esbuild resolves an alias's target from its working directory, which differs between the CDK and the tests.
 */
export const BUNDLE_ALIASES: Record<string, string> = {
  '@aws-sdk/credential-provider-node': here('./bundleAliases/envCredentials.ts'),
  '@apollo/utils.createhash': here('./bundleAliases/nodeCreateHash.ts'),
  '@apollo/usage-reporting-protobuf': here('./bundleAliases/apolloReportingAbsent.ts'),
  '@apollo/utils.usagereporting': here('./bundleAliases/apolloReportingAbsent.ts'),
  '@smithy/core/event-streams': here('./bundleAliases/eventStreamsAbsent.ts'),
  // Apollo Server imports it for its `typeDefs` option; the same subset, built on graphql-js alone.
  '@graphql-tools/schema': here('../../functions/graphql/executableSchema.ts'),
};

/**
 * Apollo Server's built-in plugins that the server installs "disabled" versions of (functions/graphql/server.ts)
 * and so never loads. Apollo Server imports them lazily (`import('./plugin/…')`), so marking them external
 * leaves that import unreached in the bundle instead of some 40 KB of Apollo Studio reporting, traces,
 * cache hints and landing-page HTML. (Matched by the import path as Apollo Server writes it.)
 */
export const APOLLO_PLUGINS_NEVER_LOADED = [
  './plugin/usageReporting/index.js',
  './plugin/schemaReporting/index.js',
  './plugin/inlineTrace/index.js',
  './plugin/cacheControl/index.js',
  './plugin/landingPage/default/index.js',
];

/**
 * How the GraphQL function is bundled, as esbuild options: the stack's NodejsFunction is configured from
 * this object, and the benchmark (scripts/bench) builds with it, so what is measured is what is deployed.
 *
 * - One minified, tree-shaken ES module for Node.js 22, with a linked source map (without sources, to keep
 *   the asset small; `NODE_OPTIONS=--enable-source-maps` maps stack traces to the TypeScript files).
 * - The AWS SDK is bundled, not taken from the runtime: the function runs the SDK version the tests ran
 *   (lib-dynamodb must match client-dynamodb), and tree-shaking keeps only what is used.
 * - ES module builds first (`module` before `main`, and `.mjs` before `.js` for deep imports such as
 *   `graphql/language/printer`): they tree-shake, and every import of graphql, CommonJS `require()`s
 *   included, reaches the same `.mjs` files — one graphql realm, one copy of each package.
 * - {@link BUNDLE_ALIASES} and {@link APOLLO_PLUGINS_NEVER_LOADED}: credentials from the Lambda environment
 *   only, no Apollo Studio reporting, no event-stream codec — code a Lambda never runs.
 * - CommonJS dependencies in an ES module still `require()` Node built-ins: the banner provides `require`.
 * - `process.env.NODE_ENV` is `production`, so libraries drop development-only code paths.
 */
export const GRAPHQL_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  minify: true,
  treeShaking: true,
  sourcemap: true,
  sourcesContent: false,
  external: APOLLO_PLUGINS_NEVER_LOADED,
  mainFields: ['module', 'main'],
  resolveExtensions: ['.mjs', '.tsx', '.ts', '.jsx', '.js', '.css', '.json'],
  alias: BUNDLE_ALIASES,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
} satisfies BuildOptions;
