import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { primeConnection } from './db/client';
import { config } from './lib/config';
import { logger } from './lib/logger';
import { publishRequestMetrics } from './lib/metrics';
import { currentRequest, inRequestScope } from './lib/requestScope';
import { badRequest, graphqlRequestOf, resultOf } from './graphql/apiGatewayHttp';
import { prefetchSigningKeys } from './graphql/auth/verifyToken';
import { contextFor } from './graphql/requestContext';
import { createServer } from './graphql/server';
import { payloadTooLarge } from './graphql/limits/payload';
import { handler as retentionHandler } from './retention';

/**
 * The Lambda entry point: API Gateway HTTP API (payload v2) events in, GraphQL responses out; and the
 * nightly retention schedule's events, which run the retention job. The only module that knows it runs in Lambda.
 *
 * Work done once per container happens here, at module initialisation (Lambda's init phase, top-level
 * await in the ES module): the schema and its policy are built on import, the server is started, the
 * issuer's signing keys are fetched and the table's client makes its first request — so the first request
 * pays for none of it.
 */
const server = createServer();
await Promise.all([
  server.start(),
  prefetchSigningKeys(config().auth),
  primeConnection().catch((error: unknown) => logger.warn('the table was not reached at start-up', { error: error as Error })),
]);

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
  const started = performance.now();
  const requestId = event.requestContext?.requestId ?? context?.awsRequestId ?? randomUUID();
  // Log lines carry the invocation (function request id, cold start; the X-Ray trace id is read per line).
  if (context?.awsRequestId) logger.addContext(context);
  return inRequestScope(requestId, async () => {
    const result = await respond(event, requestId);
    const scope = currentRequest()!;
    if (result.statusCode === 401 && !scope.operation) {
      // Refused before parsing (no or invalid token): Apollo's request hooks never ran.
      scope.operation = 'unauthenticated';
      scope.errorCodes = ['UNAUTHENTICATED'];
    }
    publishRequestMetrics(scope, performance.now() - started);
    return result;
  });
}

async function respond(event: APIGatewayProxyEventV2, requestId: string): Promise<APIGatewayProxyStructuredResultV2> {
  let httpGraphQLRequest;
  try {
    httpGraphQLRequest = graphqlRequestOf(event);
  } catch {
    return badRequest('The request body is not valid JSON');
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest,
    context: () => contextFor(event.headers.authorization, requestId),
  });
  return resultOf(response);
}
