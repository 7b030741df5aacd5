import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Cold-start baseline (a): a bundled handler that makes only the DynamoDB read `{ me { … } }` makes (one
 * BatchGetItem of the viewer's item), with the same client settings, and nothing else.
 */
const endpoint = process.env.DYNAMODB_ENDPOINT;
const client = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: process.env.AWS_REGION ?? 'eu-west-2',
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  }),
);
const table = process.env.TABLE_NAME ?? 'lxp-local';

export async function handler(event: { personId: string }) {
  const out = await client.send(new BatchGetCommand({ RequestItems: { [table]: { Keys: [{ PK: event.personId, SK: 'Person' }] } } }));
  return { statusCode: 200, body: JSON.stringify(out.Responses?.[table]?.[0] ?? null) };
}
