import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { config } from '../lib/config';
import { countCall, countCapacity } from '../lib/requestScope';
import { writeUnitsOf } from './capacity';

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
    (next, context) => async (args) => {
      const answered = countCall(String(context.commandName ?? 'unknown'));
      try {
        return await next(args);
      } finally {
        answered();
      }
    },
    { step: 'initialize', name: 'countDynamoDbCalls' },
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
