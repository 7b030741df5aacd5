import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * The largest request the API reads. API Gateway refuses bodies over 10 MB and Lambda events over 6 MB;
 * nothing this API takes needs more than a few kilobytes (the longest free text is a few thousand
 * characters), so a request body (which carries the query and its variables) is refused above 256 KiB and
 * a GET's query string (query and variables) above 16 KiB, before anything is parsed.
 */
export const PAYLOAD_LIMITS = { maxBodyBytes: 256 * 1024, maxQueryStringBytes: 16 * 1024 };

/** A 413 answer when the request is larger than the limits, else undefined. */
export function payloadTooLarge(event: APIGatewayProxyEventV2): APIGatewayProxyStructuredResultV2 | undefined {
  const body = event.body ? Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : 0;
  const queryString = Buffer.byteLength(event.rawQueryString ?? '', 'utf8');
  if (body <= PAYLOAD_LIMITS.maxBodyBytes && queryString <= PAYLOAD_LIMITS.maxQueryStringBytes) return undefined;
  const [what, max] =
    body > PAYLOAD_LIMITS.maxBodyBytes
      ? ['request body', PAYLOAD_LIMITS.maxBodyBytes]
      : ['query string', PAYLOAD_LIMITS.maxQueryStringBytes];
  return {
    statusCode: 413,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({
      errors: [{ message: `The ${what} is larger than ${max} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: max } }],
    }),
  };
}
