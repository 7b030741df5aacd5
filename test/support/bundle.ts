import { execFileSync } from 'node:child_process';

/** Runs a bundled handler (`index.mjs`) in a plain Node.js process, as Lambda would, on one request; returns its result. */
export function invokeBundle(
  bundle: string,
  headers: Record<string, string>,
  /** The document's text, or a whole request body (e.g. `{ documentId }`). */
  query: string | Record<string, unknown>,
  env: Record<string, string | undefined>,
): { status: number; body: Record<string, unknown>; metrics: Record<string, unknown>[] } {
  const script = `
    const { handler } = await import(${JSON.stringify(bundle)});
    const event = {
      version: '2.0', routeKey: 'POST /graphql', rawPath: '/graphql', rawQueryString: '', isBase64Encoded: false,
      headers: ${JSON.stringify({ 'content-type': 'application/json', ...headers })},
      body: ${JSON.stringify(JSON.stringify(typeof query === 'string' ? { query } : query))},
      requestContext: { requestId: 'bundle-test', routeKey: 'POST /graphql', stage: '$default',
        http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bundle-test' } },
    };
    const result = await handler(event, { awsRequestId: 'bundle-test', getRemainingTimeInMillis: () => 10000 });
    process.stdout.write('\\nRESULT ' + JSON.stringify(result) + '\\n');`;
  const output = execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH, POWERTOOLS_LOG_LEVEL: 'ERROR', ...env },
    encoding: 'utf8',
  });
  // Other lines are the function's CloudWatch embedded metrics (JSON on stdout, as in Lambda).
  const lines = output.split('\n').filter(Boolean);
  const result = JSON.parse(lines.find((l) => l.startsWith('RESULT '))!.slice(7)) as { statusCode: number; body: string };
  const metrics = lines.filter((l) => l.includes('"_aws"')).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: result.statusCode, body: JSON.parse(result.body) as Record<string, unknown>, metrics };
}
