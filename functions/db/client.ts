import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../lib/config';
import { countCall } from '../lib/requestScope';

function build(): DynamoDBDocumentClient {
  const { region, dynamoDbEndpoint } = config();
  const client = new DynamoDBClient({
    region,
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
