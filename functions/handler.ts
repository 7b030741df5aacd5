import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { inRequestScope } from './lib/requestScope';
import { contextFor } from './graphql/requestContext';
import { createServer } from './graphql/server';

/**
 * The Lambda entry point: API Gateway HTTP API (payload v2) events in, GraphQL responses out.
 * The only module that knows it runs in Lambda.
 */
const apollo = startServerAndCreateLambdaHandler(createServer(), handlers.createAPIGatewayProxyEventV2RequestHandler(), {
  context: async ({ event }) => contextFor(event.headers.authorization, event.requestContext.requestId),
});

export async function handler(event: APIGatewayProxyEventV2, context: LambdaContext): Promise<APIGatewayProxyStructuredResultV2> {
  const requestId = event.requestContext?.requestId ?? context?.awsRequestId ?? randomUUID();
  return inRequestScope(requestId, async () => (await apollo(event, context, () => undefined)) as APIGatewayProxyStructuredResultV2);
}
