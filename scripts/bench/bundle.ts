import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { GRAPHQL_BUNDLE_OPTIONS } from '../../infra/constructs/bundleOptions';

export interface BundleFigures {
  bytes: number;
  gzipBytes: number;
  /** Median milliseconds for a fresh Node process to load the module, over `runs` runs. */
  coldLoadMs: number;
  minimalColdLoadMs: number;
  /** Resident memory of a fresh process after loading the module, MiB. */
  rssMiB: number;
  minimalRssMiB: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function load(file: string, env: Record<string, string>): { ms: number; rss: number } {
  const script = `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(JSON.stringify({ ms: performance.now() - t, rss: process.memoryUsage().rss }));`;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`loading ${file} failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!);
}

/**
 * Bundles the GraphQL function with the stack's esbuild options, and a minimal handler the same way, and
 * measures size and a cold load (module initialisation in a fresh process: the part of a Lambda cold start
 * the code controls) for both, in the same run.
 */
export async function measureBundle(env: Record<string, string>, runs = 7): Promise<BundleFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'lxp-bench-'));
  const minimalEntry = join(dir, 'minimal.ts');
  writeFileSync(minimalEntry, 'export const handler = async () => ({ statusCode: 200, body: "{}" });\n');
  const outfile = join(dir, 'graphql.mjs');
  const minimalOut = join(dir, 'minimal.mjs');
  await build({ ...GRAPHQL_BUNDLE_OPTIONS, entryPoints: ['functions/handler.ts'], outfile });
  await build({ ...GRAPHQL_BUNDLE_OPTIONS, entryPoints: [minimalEntry], outfile: minimalOut });
  const graphql = Array.from({ length: runs }, () => load(outfile, env));
  const minimal = Array.from({ length: runs }, () => load(minimalOut, env));
  return {
    bytes: statSync(outfile).size,
    gzipBytes: gzipSync(readFileSync(outfile)).length,
    coldLoadMs: Math.round(median(graphql.map((r) => r.ms))),
    minimalColdLoadMs: Math.round(median(minimal.map((r) => r.ms)) * 10) / 10,
    rssMiB: Math.round(median(graphql.map((r) => r.rss)) / 2 ** 20),
    minimalRssMiB: Math.round(median(minimal.map((r) => r.rss)) / 2 ** 20),
  };
}
