import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { config } from '../lib/config';
import { countCall } from '../lib/requestScope';

function build(): DynamoDBDocumentClient {
  const { region, dynamoDbEndpoint } = config();
  const client = new DynamoDBClient({
    region,
    // Lambda puts the function role's credentials in the environment; nothing else is looked up (the
    // default chain's file, SSO and metadata providers are not even bundled: infra/constructs/bundleOptions.ts).
    ...(dynamoDbEndpoint
      ? { endpoint: dynamoDbEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : { credentials: fromEnv() }),
  });
  // Counted once per command (not per retry): the figure the quality bar "requests per operation" uses.
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
