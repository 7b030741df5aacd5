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

/**
 * Starts what the tests run against: Amazon's DynamoDB Local (in memory) with the table and the paper's
 * data, and the local server as the development issuer publishing its JWKS. API tests call the Lambda
 * handler in their own processes; workers get the environment through `inject('env')`.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'lxp-test-'));
  process.env.LXP_LOCAL_DIR = dir;
  const { startLocalStack } = await import('../../functions/local/localStack');
  const stack = await startLocalStack({
    port: await freePort(),
    extraEnv: { LXP_LOCAL_DIR: dir, POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' },
  });
  project.provide('env', stack.env);
  return () => {
    stack.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
