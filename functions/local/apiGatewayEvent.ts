import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export interface HttpRequestLike {
  method: string;
  /** Path with query string, e.g. /graphql?query=… */
  url: string;
  headers: Record<string, string>;
  body?: string;
  sourceIp?: string;
}

/** The HTTP API Gateway (payload v2) event the deployed function would receive for this request. */
export function apiGatewayEvent(request: HttpRequestLike): APIGatewayProxyEventV2 {
  const url = new URL(request.url, 'http://localhost');
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : undefined,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: request.method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: request.body || undefined,
    isBase64Encoded: false,
  };
}
