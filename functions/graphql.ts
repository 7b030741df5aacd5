import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { config } from './lib/config';
import { inRequestScope } from './lib/requestScope';
import { badRequest, graphqlRequestOf, resultOf } from './graphql/apiGatewayHttp';
import { prefetchSigningKeys } from './graphql/auth/verifyToken';
import { contextFor } from './graphql/requestContext';
import { createServer } from './graphql/server';

/**
 * The Lambda entry point: API Gateway HTTP API (payload v2) events in, GraphQL responses out.
 * The only module that knows it runs in Lambda.
 *
 * Work done once per container happens here, at module initialisation (Lambda's init phase, top-level
 * await in the ES module): the schema and its policy are built on import, the server is started, and the
 * issuer's signing keys are fetched — so the first request pays for none of it.
 */
const server = createServer();
await Promise.all([server.start(), prefetchSigningKeys(config().auth)]);

export async function handler(event: APIGatewayProxyEventV2, context: LambdaContext): Promise<APIGatewayProxyStructuredResultV2> {
  const requestId = event.requestContext?.requestId ?? context?.awsRequestId ?? randomUUID();
  return inRequestScope(requestId, async () => {
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
  });
}
