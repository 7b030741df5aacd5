import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureTable, freePort, startDynamoDbLocal } from '../../functions/local/dynamoDbLocal';
import { LOCAL_TABLE, localEnvironment } from '../../functions/local/localEnv';

declare module 'vitest' {
  export interface ProvidedContext {
    env: Record<string, string>;
  }
}

/**
 * Starts what the API tests run against: Amazon's DynamoDB Local (in memory) with the table and the
 * paper's data, and the local server as the development issuer publishing its JWKS. Workers get the
 * environment through `inject('env')`.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'lxp-test-'));
  process.env.LXP_LOCAL_DIR = dir;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const dynamo = await startDynamoDbLocal();
  const port = await freePort();
  const env = { ...localEnvironment(dynamo.endpoint, port), LXP_LOCAL_DIR: dir, POWERTOOLS_LOG_LEVEL: 'SILENT' };
  Object.assign(process.env, env);
  await ensureTable(dynamo.endpoint, LOCAL_TABLE);
  const { seedPaperData } = await import('../../functions/local/seed');
  await seedPaperData();
  const { createLocalServer } = await import('../../functions/local/httpServer');
  const { devIssuerUrl } = await import('../../functions/local/devIssuer');
  // Only the issuer's documents are served here; API tests call the Lambda handler in their own process.
  const server = createLocalServer({ issuer: devIssuerUrl(port), handler: () => undefined });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  project.provide('env', env);
  return async () => {
    server.close();
    dynamo.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
