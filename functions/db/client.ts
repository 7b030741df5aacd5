import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { config } from '../lib/config';
import { countCall, countCapacity } from '../lib/requestScope';
import { writeUnitsOf } from './capacity';
import { TABLE } from './table';
import { isUnavailable, serviceUnavailable } from './unavailable';

function build(): DynamoDBDocumentClient {
  const { region, dynamoDbEndpoint, dynamoDbMaxAttempts } = config();
  const client = new DynamoDBClient({
    region,
    // Bounded retries with exponential backoff and jitter (the SDK's standard strategy), and timeouts, so a
    // throttled or unreachable table answers SERVICE_UNAVAILABLE within seconds instead of hanging.
    maxAttempts: dynamoDbMaxAttempts,
    retryMode: 'standard',
    requestHandler: { connectionTimeout: 2_000, requestTimeout: 5_000 },
    // Lambda puts the function role's credentials in the environment; nothing else is looked up (the
    // default chain's file, SSO and metadata providers are not even bundled: infra/constructs/bundleOptions.ts).
    ...(dynamoDbEndpoint
      ? { endpoint: dynamoDbEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : { credentials: fromEnv() }),
  });
  // Counted once per command (not per retry): the "requests per operation" figure of the tests and `npm run bench`.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const answered = countCall(String(context.commandName ?? 'unknown'));
      let failed = false;
      try {
        return await next(args);
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        answered(failed);
      }
    },
    { step: 'initialize', name: 'countDynamoDbCalls' },
  );
  // Outside the retries: what is still throttled or unreachable after them becomes SERVICE_UNAVAILABLE.
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if (isUnavailable(error)) throw Object.assign(serviceUnavailable(), { cause: error });
        throw error;
      }
    },
    { step: 'initialize', name: 'serviceUnavailable', priority: 'high' },
  );
  if (config().exposeMetrics) {
    // Development only (the benchmark's capacity figures): ask DynamoDB what reads consumed, and size
    // writes from their items (DynamoDB Local does not report write capacity for every command).
    // Production never sends ReturnConsumedCapacity.
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = String(context.commandName ?? '');
        const input = args.input as Record<string, unknown>;
        countCapacity({ WriteCapacityUnits: writeUnitsOf(command, input) }, true);
        if (!/Write|Put|Update|Delete/.test(command)) input.ReturnConsumedCapacity ??= 'TOTAL';
        const result = await next(args);
        if (!/Write|Put|Update|Delete/.test(command))
          countCapacity((result.output as { ConsumedCapacity?: never }).ConsumedCapacity, false);
        return result;
      },
      { step: 'initialize', name: 'countConsumedCapacity' },
    );
  }
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

let instance: DynamoDBDocumentClient | undefined;

/** The document client, created once per process (module scope, reused across Lambda invocations). */
export function db(): DynamoDBDocumentClient {
  instance ??= build();
  return instance;
}

export function tableName(): string {
  return config().tableName;
}

/** A key no record has: the start-up read finds nothing, for half a read unit. */
const NO_RECORD = { [TABLE.partitionKey]: 'Startup#', [TABLE.sortKey]: 'Startup#' };

/**
 * One read at start-up (Lambda's init phase): a client's first request resolves its endpoint, credentials,
 * signer and middleware and opens the connection, tens of milliseconds the first caller would otherwise
 * wait for. Its result is not used; a failure is the caller's to log (the first request then pays instead).
 */
export async function primeConnection(): Promise<void> {
  await db().send(new GetCommand({ TableName: tableName(), Key: NO_RECORD }));
}
