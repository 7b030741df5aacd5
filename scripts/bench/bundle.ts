import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { bundleFunction, GRAPHQL_BUNDLE_OPTIONS } from '../../infra/constructs/bundleOptions';
import { interleaved } from './stats';

export interface BuiltBundle {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Bytes in the minified output by package (or by source folder for our own code), largest first. */
  packages: { name: string; bytes: number }[];
}

function packagesOf(metafile: Metafile): { name: string; bytes: number }[] {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint)!;
  const by = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const inModules = file.split('node_modules/');
    const name =
      inModules.length > 1
        ? /^((?:@[^/]+\/)?[^/]+)/.exec(inModules.at(-1)!)![1]!
        : file.split('/').slice(0, 2).join('/').replace(/\.ts$/, '');
    by.set(name, (by.get(name) ?? 0) + bytesInOutput);
  }
  return [...by].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/**
 * Builds the function as the stack does (`bundleFunction`: its esbuild options and its file replacements), or a
 * baseline handler with the same esbuild options (the replacements stand for code only the function never runs),
 * reading the metafile.
 */
export async function bundle(entry: 'function' | string, dir: string, name: string): Promise<BuiltBundle> {
  const file = join(dir, `${name}.mjs`);
  const metafile =
    entry === 'function'
      ? await bundleFunction(file)
      : (await build({ ...GRAPHQL_BUNDLE_OPTIONS, entryPoints: [entry], outfile: file, metafile: true, logLevel: 'error' })).metafile;
  return { file, bytes: statSync(file).size, gzipBytes: gzipSync(readFileSync(file)).length, packages: packagesOf(metafile) };
}

export async function bundleAll() {
  const dir = mkdtempSync(join(tmpdir(), 'lxp-bench-'));
  return {
    graphql: await bundle('function', dir, 'graphql'),
    minimal: await bundle('scripts/bench/baselines/minimalHandler.ts', dir, 'minimal'),
    stockApollo: await bundle('scripts/bench/baselines/stockApollo.ts', dir, 'stock-apollo'),
  };
}

/**
 * One cold start: a fresh Node process imports the bundle and answers its first request; returns the
 * milliseconds from the start of the import to the answer (Node's own start-up is the same for every
 * variant and left out).
 */
async function coldStart(file: string, event: unknown, env: Record<string, string>): Promise<number> {
  const script = `
    const t0 = performance.now();
    const { handler } = await import(${JSON.stringify(file)});
    const importMs = performance.now() - t0;
    const result = await handler(${JSON.stringify(event)}, { awsRequestId: 'bench', functionName: 'bench' });
    const ms = performance.now() - t0;
    const body = JSON.parse(result.body ?? 'null');
    process.stdout.write('\\nCOLD ' + JSON.stringify({ ms, importMs, status: result.statusCode, errors: body?.errors ?? null }) + '\\n');`;
  // Asynchronously: the issuer's JWKS is served by this process, which must keep answering meanwhile.
  const stdout = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    (out) => out.stdout,
    (error: unknown) => {
      throw new Error(`cold start of ${file} failed: ${String((error as { stderr?: string }).stderr ?? error).slice(-2000)}`, {
        cause: error,
      });
    },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('COLD '));
  if (!line) throw new Error(`cold start of ${file} printed no result: ${stdout}`);
  const { ms, importMs, status, errors } = JSON.parse(line.slice(5)) as { ms: number; importMs: number; status: number; errors: unknown };
  if (status !== 200 || errors) throw new Error(`cold start of ${file} answered ${status}: ${JSON.stringify(errors)}`);
  imports.set(file, [...(imports.get(file) ?? []), importMs]);
  return ms;
}

/** Each bundle's import times (the part of a cold start before the first request), by file. */
const imports = new Map<string, number[]>();

/**
 * Cold starts of the three bundles, interleaved: for each, import + first answer (`total`) and the import
 * alone (`import`: module evaluation, which in Lambda is the init phase, including the top-level await).
 */
export async function measureColdStarts(
  bundles: Awaited<ReturnType<typeof bundleAll>>,
  events: { graphql: unknown; minimal: unknown; stockApollo: unknown },
  env: Record<string, string>,
  runs: number,
) {
  const total = await interleaved(runs, {
    graphql: () => coldStart(bundles.graphql.file, events.graphql, env),
    minimal: () => coldStart(bundles.minimal.file, events.minimal, env),
    stockApollo: () => coldStart(bundles.stockApollo.file, events.stockApollo, env),
  });
  const importOf = (file: string) => imports.get(file) ?? [];
  return {
    total,
    import: {
      graphql: importOf(bundles.graphql.file),
      minimal: importOf(bundles.minimal.file),
      stockApollo: importOf(bundles.stockApollo.file),
    },
  };
}
