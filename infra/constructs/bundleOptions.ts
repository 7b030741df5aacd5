import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The handler's source, bundled by esbuild at synth time. */
export const GRAPHQL_ENTRY = here('../../functions/handler.ts');

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
  '@aws-sdk/endpoint-cache': here('./bundleAliases/endpointCacheAbsent.ts'),
  'lodash.get': here('./bundleAliases/lodashGetAbsent.ts'),
  loglevel: here('./bundleAliases/loglevelConsole.ts'),
  // Apollo Server imports it for its `typeDefs` option; the same subset, built on graphql-js alone.
  '@graphql-tools/schema': here('../../functions/graphql/executableSchema.ts'),
};

/**
 * Files inside packages replaced in the bundle, by their path under `node_modules/` (each replacement says why).
 * Packages import these by relative paths, which esbuild's `alias` cannot reach, so {@link replaceFiles} does.
 */
export const BUNDLE_FILE_REPLACEMENTS: Record<string, string> = {
  '@apollo/server/dist/esm/incrementalDeliveryPolyfill.js': here('./bundleAliases/apolloExecuteGraphql16.ts'),
  '@apollo/server/dist/esm/utils/makeGatewayGraphQLRequestContext.js': here('./bundleAliases/apolloGatewayAbsent.ts'),
  '@apollo/utils.keyvaluecache/dist/InMemoryLRUCache.js': here('./bundleAliases/inMemoryLRUCache.ts'),
  '@apollo/utils.keyvaluecache/dist/ErrorsAreMissesCache.js': here('./bundleAliases/errorsAreMissesCacheAbsent.ts'),
  '@aws-lambda-powertools/logger/lib/esm/logBuffer.js': here('./bundleAliases/logBufferAbsent.ts'),
  '@smithy/core/dist-es/submodules/retry/util-retry/AdaptiveRetryStrategy.js': here('./bundleAliases/adaptiveRetryAbsent.ts'),
  '@smithy/core/dist-es/submodules/retry/util-retry/DefaultRateLimiter.js': here('./bundleAliases/adaptiveRetryAbsent.ts'),
  '@smithy/core/dist-es/submodules/checksum/sha256/Sha256Js.js': here('./bundleAliases/sha256JsAbsent.ts'),
  '@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/getInstanceMetadataRegion.js': here(
    './bundleAliases/instanceMetadataRegionAbsent.ts',
  ),
  '@smithy/core/dist-es/submodules/endpoints/middleware-endpoint/service-customizations/s3.js': here(
    './bundleAliases/s3EndpointParamsAbsent.ts',
  ),
  '@aws-sdk/client-dynamodb/dist-es/commands/DescribeEndpointsCommand.js': here('./bundleAliases/endpointDiscoveryAbsent.ts'),
  '@aws-sdk/middleware-endpoint-discovery/dist-es/configurations.js': here('./bundleAliases/endpointDiscoveryAbsent.ts'),
  '@aws-sdk/lib-dynamodb/dist-es/pagination/QueryPaginator.js': here('./bundleAliases/documentPaginatorsAbsent.ts'),
  '@aws-sdk/lib-dynamodb/dist-es/pagination/ScanPaginator.js': here('./bundleAliases/documentPaginatorsAbsent.ts'),
  'negotiator/lib/charset.js': here('./bundleAliases/negotiatorMediaTypeOnly.ts'),
  'negotiator/lib/encoding.js': here('./bundleAliases/negotiatorMediaTypeOnly.ts'),
  'negotiator/lib/language.js': here('./bundleAliases/negotiatorMediaTypeOnly.ts'),
  'graphql/utilities/printSchema.mjs': here('./bundleAliases/printSchemaAbsent.ts'),
  '@apollo/server/dist/esm/validationRules/RecursiveSelectionsLimit.js': here('./bundleAliases/recursiveSelectionsLimitAbsent.ts'),
  ...Object.fromEntries(
    [
      'LoneSchemaDefinitionRule',
      'UniqueOperationTypesRule',
      'UniqueTypeNamesRule',
      'UniqueEnumValueNamesRule',
      'UniqueFieldDefinitionNamesRule',
      'UniqueArgumentDefinitionNamesRule',
      'UniqueDirectiveNamesRule',
      'PossibleTypeExtensionsRule',
    ].map((rule) => [`graphql/validation/rules/${rule}.mjs`, here('./bundleAliases/sdlValidationRuleAbsent.ts')]),
  ),
};

/**
 * JSON files of packages of which the bundle keeps only the fields its code reads. esbuild drops the unread
 * fields of a JSON module imported by name, but keeps all of one imported whole, as the AWS SDK imports its
 * `package.json` for the version in its user agent.
 */
export const BUNDLE_JSON_FIELDS: Record<string, readonly string[]> = {
  '@aws-sdk/client-dynamodb/package.json': ['version'],
};

/**
 * An esbuild plugin that loads each file of `replacements` (by its path under `node_modules/`) from its
 * replacement instead, and each JSON file of `jsonFields` with only those fields. The build fails when one of
 * them was never imported: a dependency update moved or renamed it, and the replacement would silently stop
 * applying.
 */
export function replaceFiles(replacements: Record<string, string>, jsonFields: Record<string, readonly string[]> = {}): Plugin {
  const base = (file: string) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  const names = [...new Set([...Object.keys(replacements), ...Object.keys(jsonFields)].map(base))];
  const filter = new RegExp(`(^|/)(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(\\.[a-z]+)?$`);
  return {
    name: 'replace-files',
    setup(esbuild) {
      const replaced = new Set<string>();
      esbuild.onStart(() => replaced.clear());
      esbuild.onResolve({ filter }, async (args) => {
        if (args.pluginData === 'replace-files') return undefined;
        const { path, errors } = await esbuild.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'replace-files',
        });
        if (errors.length > 0) return { errors };
        const inPackages = path.split('node_modules/').at(-1)!;
        const replacement = replacements[inPackages];
        if (replacement) {
          replaced.add(inPackages);
          return { path: replacement };
        }
        if (jsonFields[inPackages]) {
          replaced.add(inPackages);
          return { path, namespace: 'json-fields', pluginData: jsonFields[inPackages] };
        }
        return undefined;
      });
      esbuild.onLoad({ filter: /./, namespace: 'json-fields' }, async (args) => {
        const whole = JSON.parse(await readFile(args.path, 'utf8')) as Record<string, unknown>;
        const kept = Object.fromEntries((args.pluginData as string[]).map((field) => [field, whole[field]]));
        return { contents: JSON.stringify(kept), loader: 'json' };
      });
      esbuild.onEnd((result) => {
        if (result.errors.length > 0) return;
        const unused = [...Object.keys(replacements), ...Object.keys(jsonFields)].filter((file) => !replaced.has(file));
        if (unused.length > 0) {
          throw new Error(`Replaced files no longer imported (update infra/constructs/bundleOptions.ts): ${unused.join(', ')}`);
        }
      });
    },
  };
}

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
 * How the GraphQL function is bundled, as esbuild options: {@link bundleFunction} builds it with these and its
 * file replacements for the stack, the benchmark (scripts/bench) and the tests, so what is measured and tested
 * is what is deployed; the benchmark's baselines are built with these options alone.
 *
 * - One minified, tree-shaken ES module for Node.js 22, with a linked source map (without sources, to keep
 *   the asset small; `NODE_OPTIONS=--enable-source-maps` maps stack traces to the TypeScript files).
 * - The AWS SDK is bundled, not taken from the runtime: the function runs the SDK version the tests ran
 *   (lib-dynamodb must match client-dynamodb), and tree-shaking keeps only what is used.
 * - ES module builds first (`module` before `main`, and `.mjs` before `.js` for deep imports such as
 *   `graphql/language/printer`): they tree-shake, and every import of graphql, CommonJS `require()`s
 *   included, reaches the same `.mjs` files — one graphql realm, one copy of each package.
 * - {@link BUNDLE_ALIASES} and {@link APOLLO_PLUGINS_NEVER_LOADED}: credentials from the Lambda environment
 *   only, no Apollo Studio reporting, no event-stream codec, no endpoint-discovery cache — code a Lambda
 *   never runs.
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

/**
 * Builds the function with {@link GRAPHQL_BUNDLE_OPTIONS}, {@link BUNDLE_FILE_REPLACEMENTS} and
 * {@link BUNDLE_JSON_FIELDS}: the one build the stack deploys (infra/constructs/bundleGraphqlFunction.ts, run by
 * the stack's local bundling), the benchmark measures and the tests run. The replacements are this function's:
 * each stands for code that it never runs, which other handlers may (the benchmark's baselines are built with
 * {@link GRAPHQL_BUNDLE_OPTIONS} alone).
 */
export async function bundleFunction(outfile: string): Promise<Metafile> {
  const result = await build({
    ...GRAPHQL_BUNDLE_OPTIONS,
    plugins: [replaceFiles(BUNDLE_FILE_REPLACEMENTS, BUNDLE_JSON_FIELDS)],
    entryPoints: [GRAPHQL_ENTRY],
    outfile,
    metafile: true,
  });
  return result.metafile;
}
