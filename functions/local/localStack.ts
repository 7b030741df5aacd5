import type { Server } from 'node:http';
import { DEV_ISSUER } from './devIssuer';
import { ensureTable, startDynamoDbLocal } from './dynamoDbLocal';
import { createLocalServer, type LambdaHandler } from './httpServer';
import { LOCAL_TABLE, localEnvironment } from './localEnv';

export interface LocalStack {
  port: number;
  /** Where the server listens, e.g. `http://localhost:4000`. */
  url: string;
  issuer: string;
  /** The environment the handler was configured with (also assigned to process.env). */
  env: Record<string, string>;
  table: 'created' | 'exists';
  seeded: { written: number; present: number };
  dynamoDbEndpoint: string;
  stop(): void;
}

/**
 * Everything `npm start`, the tests and the benchmark run against: DynamoDB Local (in memory, or persisting
 * to `dbPath`), the table, the paper's data, and the Lambda handler behind the local HTTP server, which is
 * also the development issuer. The server answers /healthz with 503 until the rest is ready.
 */
export async function startLocalStack(options: {
  port: number;
  /** The interface to listen on: loopback unless asked otherwise (`npm start -- --host 0.0.0.0`). */
  host?: string;
  dbPath?: string;
  extraEnv?: Record<string, string>;
}): Promise<LocalStack> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dynamo = await startDynamoDbLocal(options.dbPath ? { dbPath: options.dbPath } : {});
  const env = { ...localEnvironment(dynamo.endpoint, options.port), ...options.extraEnv };
  Object.assign(process.env, env);

  // Filled in once the table is seeded; until then the server answers 503.
  const ready: { handler?: LambdaHandler } = {};
  const issuer = DEV_ISSUER;
  const server: Server = createLocalServer({ issuer, handler: () => ready.handler });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });

  const table = await ensureTable(dynamo.endpoint, LOCAL_TABLE);
  const { seedPaperData } = await import('./seed');
  const seeded = await seedPaperData();
  ready.handler = (await import('../handler')).handler;
  return {
    port: options.port,
    url: `http://localhost:${options.port}`,
    issuer,
    env,
    table,
    seeded,
    dynamoDbEndpoint: dynamo.endpoint,
    stop: () => {
      server.close();
      dynamo.stop();
    },
  };
}
