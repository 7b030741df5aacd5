import type { BuildOptions } from 'esbuild';

/**
 * How the GraphQL function is bundled, as esbuild options: the stack's NodejsFunction is configured from
 * this object, and the benchmark (scripts/bench) builds with it, so what is measured is what is deployed.
 *
 * - One minified, tree-shaken ES module for Node.js 22, with a linked source map (without sources, to keep
 *   the asset small; `NODE_OPTIONS=--enable-source-maps` maps stack traces to the TypeScript files).
 * - The AWS SDK is bundled, not taken from the runtime: the function runs the SDK version the tests ran
 *   (lib-dynamodb must match client-dynamodb), and tree-shaking keeps only what is used.
 * - esbuild's default package resolution for Node (`main` before `module`) is kept on purpose: it resolves
 *   packages as Node does, so the bundle holds the same single CommonJS copy of graphql the tests run.
 *   Preferring `module` would bundle graphql's ESM build next to the CommonJS files that deep `require()`s
 *   reach — two graphql realms in one process.
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
  external: [] as string[],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
} satisfies BuildOptions;
