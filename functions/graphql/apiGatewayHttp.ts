import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * API Gateway HTTP API (payload v2) events to Apollo Server's HTTP request, and its response back: what
 * `@as-integrations/aws-lambda` does for this event type, without its CommonJS `require('@apollo/server')`,
 * which would bundle a second (CommonJS) copy of Apollo Server beside the ES module one.
 */
export function graphqlRequestOf(event: APIGatewayProxyEventV2): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(event.headers ?? {})) headers.set(key, value ?? '');
  const text = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
  const type = headers.get('content-type') ?? '';
  return {
    method: event.requestContext.http.method,
    headers,
    search: event.rawQueryString ?? '',
    body: !text ? '' : type.startsWith('application/json') ? JSON.parse(text) : type.startsWith('text/plain') ? text : '',
  };
}

export function resultOf({ status, headers, body }: HTTPGraphQLResponse): APIGatewayProxyStructuredResultV2 {
  if (body.kind !== 'complete') throw new Error('Only complete (non-incremental) responses are supported');
  return {
    statusCode: status ?? 200,
    headers: { ...Object.fromEntries(headers), 'content-length': String(Buffer.byteLength(body.string)) },
    body: body.string,
  };
}

/** A request body that is not the JSON it says it is: 400, as Apollo Server's own HTTP integrations answer. */
export function badRequest(message: string): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: 400,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }),
  };
}
