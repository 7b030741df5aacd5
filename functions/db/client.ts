import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../lib/config';
import { countCall } from '../lib/requestScope';
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
    ...(dynamoDbEndpoint ? { endpoint: dynamoDbEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  // Counted once per command (not per retry): the "requests per operation" figure of the tests and `npm run bench`.
  client.middlewareStack.add(
    (next, context) => (args) => {
      countCall(String(context.commandName ?? 'unknown'));
      return next(args);
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
