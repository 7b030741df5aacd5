import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../functions/local/dynamoDbLocal';

declare module 'vitest' {
  export interface ProvidedContext {
    env: Record<string, string>;
  }
}

interface SharedStack {
  ready: Promise<{ env: Record<string, string>; stop(): void }>;
  users: number;
}

// Each vitest project (api, e2e) runs this setup; they share one stack in the main process.
const shared = globalThis as { __lxpTestStack?: SharedStack };

async function start() {
  const dir = mkdtempSync(join(tmpdir(), 'lxp-test-'));
  process.env.LXP_LOCAL_DIR = dir;
  const { startLocalStack } = await import('../../functions/local/localStack');
  const stack = await startLocalStack({
    port: await freePort(),
    extraEnv: { LXP_LOCAL_DIR: dir, POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' },
  });
  return {
    env: stack.env,
    stop: () => {
      stack.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts what the tests run against: Amazon's DynamoDB Local (in memory) with the table and the paper's
 * data, and the local server (the development issuer publishing its JWKS, the explorer and the dashboard).
 * API tests call the Lambda handler in their own processes; browser tests load the local server's pages;
 * workers get the environment through `inject('env')`.
 */
export default async function setup(project: TestProject) {
  shared.__lxpTestStack ??= { ready: start(), users: 0 };
  const entry = shared.__lxpTestStack;
  entry.users += 1;
  const stack = await entry.ready;
  project.provide('env', stack.env);
  return () => {
    entry.users -= 1;
    if (entry.users === 0) {
      stack.stop();
      delete shared.__lxpTestStack;
    }
  };
}
