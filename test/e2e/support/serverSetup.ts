import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../../functions/local/dynamoDbLocal';
import { localEnvironment } from '../../../functions/local/localEnv';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const READY_WITHIN_MS = 170_000;

/** Polls /healthz until the server answers 200 (it answers 503 until the paper's data is seeded). */
async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output()}`);
    const status = await fetch(`${url}/healthz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm start was not ready within ${READY_WITHIN_MS} ms:\n${output()}`);
}

/**
 * The browser tests run against what a developer runs: `npm start --in-memory` in a process of its own, with
 * its own DynamoDB Local and the paper's data. The dashboard shows programme-wide figures (every cohort's
 * funnel, Table 3), so it must not share a table with the API suites, which add cohorts, applications and
 * employments of their own while they run.
 */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const localDir = mkdtempSync(join(tmpdir(), 'lxp-e2e-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/start.ts', '--in-memory'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), LXP_LOCAL_DIR: localDir, POWERTOOLS_LOG_LEVEL: 'SILENT' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // The group is signalled so DynamoDB Local, which the server started, stops with it.
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(localDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(`http://127.0.0.1:${port}`, child, () => output);
  } catch (error) {
    stop();
    throw error;
  }
  // The workers' view of that server: the same environment `npm start` gives its handler.
  project.provide('env', { ...localEnvironment('http://unused', port), LXP_LOCAL_DIR: localDir });
  return stop;
}
