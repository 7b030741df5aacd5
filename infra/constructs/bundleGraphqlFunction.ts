import { join } from 'node:path';
import { bundleFunction } from './bundleOptions';

/**
 * Builds the GraphQL function into a directory (`index.mjs` and its source map):
 * `node --import tsx infra/constructs/bundleGraphqlFunction.ts <directory>`. The stack's local bundling runs it
 * in a process of its own, as CDK asks for the asset synchronously and esbuild runs plugins only in its
 * asynchronous API (infra/constructs/graphqlFunction.ts).
 */
const [outdir] = process.argv.slice(2);
if (!outdir) throw new Error('Usage: bundleGraphqlFunction.ts <output directory>');
await bundleFunction(join(outdir, 'index.mjs'));
