import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { apiGatewayEvent } from './apiGatewayEvent';
import { DEV_AUDIENCE, jwks, signToken } from './devIssuer';
import { PEOPLE } from './paperData';

const require = createRequire(import.meta.url);

export type LambdaHandler = (event: APIGatewayProxyEventV2, context: LambdaContext) => Promise<APIGatewayProxyStructuredResultV2>;

export interface LocalServerOptions {
  issuer: string;
  /** The Lambda handler, once it is ready; until then /healthz and /graphql answer 503. */
  handler: () => LambdaHandler | undefined;
}

/** The explorer's static files, served from node_modules so it works with no internet. */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  '/explorer/graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  '/explorer/graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
  '/explorer/react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  '/explorer/react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
};

/** The programme dashboard: plain HTML, CSS and a script, no build step (development only, never deployed). */
const DASHBOARD: Record<string, { file: string; type: string }> = {
  '/dashboard': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/dashboard/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/dashboard/dashboard.js': { file: 'dashboard.js', type: 'text/javascript; charset=utf-8' },
  '/dashboard/dashboard.css': { file: 'dashboard.css', type: 'text/css; charset=utf-8' },
};

/** A file inside an installed package, found on Node's search path (packages' "exports" hide their UMD builds). */
function packageFile(pkg: string, file: string): string {
  const dir = (require.resolve.paths(pkg) ?? []).map((d) => join(d, pkg)).find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new Error(`${pkg} is not installed`);
  return join(dir, file);
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json', headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value));

/** API Gateway's HTTP API refuses request bodies over 10 MB with 413; so does the local server, without reading on. */
export const GATEWAY_MAX_BODY_BYTES = 10 * 1024 * 1024;

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, max = GATEWAY_MAX_BODY_BYTES): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > max) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const LOOPBACK_ADDRESS = /^(127\.|::1$|::ffff:127\.)/;

/**
 * Whether a request to a development-only endpoint comes from the explorer this server serves: from this
 * machine, addressed to this server by a loopback name (a DNS-rebinding page would name its own host), and,
 * for the token endpoint, sent by a page of this origin as JSON (a cross-origin page cannot send that
 * without a CORS preflight, which this server never grants).
 */
export function fromOwnExplorer(req: IncomingMessage, { post }: { post: boolean }): boolean {
  const port = req.socket.localPort;
  const hosts = [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
  const host = req.headers.host ?? '';
  if (!LOOPBACK_ADDRESS.test(req.socket.remoteAddress ?? '') || !hosts.includes(host)) return false;
  if (!post) return true;
  return req.headers.origin === `http://${host}` && (req.headers['content-type'] ?? '').startsWith('application/json');
}

const lambdaContext = {
  awsRequestId: 'local',
  functionName: 'lxp-graphql-local',
  getRemainingTimeInMillis: () => 30_000,
} as unknown as LambdaContext;

async function graphql(req: IncomingMessage, res: ServerResponse, handler: LambdaHandler) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  const event = apiGatewayEvent({
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    headers,
    body: await readBody(req),
    sourceIp: req.socket.remoteAddress,
  });
  const result = await handler(event, lambdaContext);
  res.writeHead(result.statusCode ?? 200, Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)])));
  res.end(result.body ?? '');
}

/**
 * The local server: the same Lambda handler behind plain HTTP, the development issuer's discovery
 * documents, a health check, and the explorer with its person picker (development only, never deployed).
 */
export function createLocalServer(options: LocalServerOptions): Server {
  const explorerHtml = readFileSync(new URL('./explorer.html', import.meta.url), 'utf8');
  const refused = (res: ServerResponse) => json(res, 403, { error: 'The development token endpoint answers only its own explorer' });
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler = options.handler();
    const route = async () => {
      if (path === '/healthz') return handler ? json(res, 200, { status: 'ok' }) : json(res, 503, { status: 'starting' });
      if (path === '/.well-known/jwks.json') return json(res, 200, await jwks());
      if (path === '/.well-known/openid-configuration') {
        return json(res, 200, {
          issuer: options.issuer,
          jwks_uri: `http://${req.headers.host ?? 'localhost'}/.well-known/jwks.json`,
          id_token_signing_alg_values_supported: ['RS256'],
          subject_types_supported: ['public'],
          response_types_supported: ['id_token'],
        });
      }
      if (path === '/graphql') {
        if (!handler) return json(res, 503, { errors: [{ message: 'Starting', extensions: { code: 'STARTING' } }] });
        if (req.method === 'GET' && (req.headers.accept ?? '').includes('text/html'))
          return send(res, 302, '', 'text/plain', { location: '/' });
        return graphql(req, res, handler);
      }
      if (path === '/' || path === '/explorer') return send(res, 200, explorerHtml, 'text/html; charset=utf-8');
      const page = DASHBOARD[path];
      if (page) return send(res, 200, readFileSync(new URL(`./dashboard/${page.file}`, import.meta.url)), page.type);
      if (path === '/favicon.ico') return send(res, 204, '', 'image/x-icon');
      const asset = ASSETS[path];
      if (asset) return send(res, 200, readFileSync(packageFile(asset.pkg, asset.file)), asset.type);
      if (path === '/dev/people') return fromOwnExplorer(req, { post: false }) ? json(res, 200, PEOPLE) : refused(res);
      if (path === '/dev/token' && req.method === 'POST') {
        if (!fromOwnExplorer(req, { post: true })) return refused(res);
        const { sub } = JSON.parse((await readBody(req)) || '{}') as { sub?: string };
        const person = PEOPLE.find((p) => p.id === sub);
        if (!person) return json(res, 404, { error: `No seeded person ${sub}` });
        return json(res, 200, {
          token: await signToken({
            sub: person.id,
            roles: person.roles,
            name: person.displayName,
            issuer: options.issuer,
            audience: DEV_AUDIENCE,
          }),
        });
      }
      return json(res, 404, { error: 'Not found' });
    };
    route().catch((error: Error) =>
      error instanceof BodyTooLarge
        ? json(res, 413, { message: 'Request Entity Too Large' })
        : json(res, 500, { error: 'The local server failed; see its output' }),
    );
  });
}
