import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { inRequestScope } from './lib/requestScope';
import { contextFor } from './graphql/requestContext';
import { createServer } from './graphql/server';
import { payloadTooLarge } from './graphql/limits/payload';
import { handler as retentionHandler } from './retention';

/**
 * The Lambda entry point: API Gateway HTTP API (payload v2) events in, GraphQL responses out; and the
 * nightly retention schedule's events, which run the retention job. The only module that knows it runs in Lambda.
 */
const apollo = startServerAndCreateLambdaHandler(createServer(), handlers.createAPIGatewayProxyEventV2RequestHandler(), {
  context: async ({ event }) => contextFor(event.headers.authorization, event.requestContext.requestId),
});

/** The nightly EventBridge schedule (infra/constructs/retentionSchedule.ts) invokes the same function. */
interface ScheduledEvent {
  source: 'aws.events';
  'detail-type': 'Scheduled Event';
  time: string;
}

const isScheduled = (event: unknown): event is ScheduledEvent =>
  (event as Partial<ScheduledEvent>)?.source === 'aws.events' && (event as Partial<ScheduledEvent>)['detail-type'] === 'Scheduled Event';

export async function handler(event: APIGatewayProxyEventV2, context: LambdaContext): Promise<APIGatewayProxyStructuredResultV2> {
  if (isScheduled(event)) return { statusCode: 200, body: JSON.stringify(await retentionHandler(event)) };
  const tooLarge = payloadTooLarge(event);
  if (tooLarge) return tooLarge;
  const requestId = event.requestContext?.requestId ?? context?.awsRequestId ?? randomUUID();
  return inRequestScope(requestId, async () => (await apollo(event, context, () => undefined)) as APIGatewayProxyStructuredResultV2);
}
