import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYLOAD_LIMITS } from '../../functions/graphql/limits/payload';
import { createLocalServer, GATEWAY_MAX_BODY_BYTES } from '../../functions/local/httpServer';
import { send, tokenFor } from '../support/api';
import { count } from '../support/securityCounts';

/** This machine's first address that is not loopback (undefined on a machine with none). */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

function http(options: {
  host: string;
  port: number;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: options.host, port: options.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const portOf = (url: string) => Number(new URL(url).port);

describe('the development stack on a shared network', () => {
  it.skipIf(!outsideAddress)('serves the API and DynamoDB Local on loopback only, not on the network', async () => {
    const apiPort = portOf(process.env.AUTH_JWKS_URI!);
    const dynamoPort = portOf(process.env.DYNAMODB_ENDPOINT!);
    expect(await accepts('127.0.0.1', apiPort)).toBe(true);
    expect(await accepts('127.0.0.1', dynamoPort)).toBe(true);
    expect(await accepts(outsideAddress!, apiPort)).toBe(false);
    expect(await accepts(outsideAddress!, dynamoPort)).toBe(false);
  });
});

describe('the development token endpoint', () => {
  // Listening widely here, to prove the endpoint itself refuses what is not its own explorer.
  const server = createLocalServer({ issuer: process.env.AUTH_ISSUER!, handler: () => undefined });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const ask = (headers: Record<string, string>, host = '127.0.0.1') => {
    count('attackQueries');
    return http({ host, port, path: '/dev/token', method: 'POST', headers, body: JSON.stringify({ sub: 'per_lead_lxp' }) });
  };
  const own = () => ({ host: `localhost:${port}`, origin: `http://localhost:${port}`, 'content-type': 'application/json' });

  it('signs a token for its own explorer', async () => {
    const res = await ask(own());
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).token).toMatch(/^ey/);
  });

  it.each([
    ['another origin', { origin: 'http://evil.example' }],
    ['no origin (a script, not the explorer)', { origin: '' }],
    ['a DNS-rebinding host name', { host: 'evil.example', origin: 'http://evil.example' }],
    ['a form post (text/plain, no preflight)', { 'content-type': 'text/plain' }],
  ])('refuses a request from %s', async (_, change) => {
    const headers: Record<string, string> = { ...own(), ...change };
    for (const [k, v] of Object.entries(headers)) if (v === '') delete headers[k];
    const res = await ask(headers);
    expect(res.status).toBe(403);
    expect(res.body).not.toMatch(/ey[A-Za-z0-9_-]{20,}/);
  });

  it.skipIf(!outsideAddress)('refuses a request from another machine, even naming localhost', async () => {
    const res = await ask(own(), outsideAddress);
    expect(res.status).toBe(403);
  });
});

describe('request size limits', () => {
  it('refuses a request body over 256 KiB in the handler with 413 PAYLOAD_TOO_LARGE, before parsing', async () => {
    const token = await tokenFor('per_hr', ['HR']);
    const body = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(PAYLOAD_LIMITS.maxBodyBytes) } });
    count('attackQueries');
    const res = await send({ headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    expect(res.status).toBe(413);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(res.extensions).toBeUndefined();
  });

  it('refuses variables in a GET query string over 16 KiB', async () => {
    const token = await tokenFor('per_hr', ['HR']);
    const variables = encodeURIComponent(JSON.stringify({ pad: 'x'.repeat(PAYLOAD_LIMITS.maxQueryStringBytes) }));
    count('attackQueries');
    const res = await send({
      method: 'GET',
      url: `/graphql?query=${encodeURIComponent('{ me { id } }')}&variables=${variables}`,
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(413);
  });

  it('answers a request just under the limit', async () => {
    const token = await tokenFor('per_hr', ['HR']);
    const body = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(PAYLOAD_LIMITS.maxBodyBytes - 100) } });
    const res = await send({ headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ me: { id: 'per_hr' } });
  });

  it("refuses a body over API Gateway's 10 MB on the local server with 413, as API Gateway does", async () => {
    const res = await http({
      host: '127.0.0.1',
      port: portOf(process.env.AUTH_JWKS_URI!),
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(GATEWAY_MAX_BODY_BYTES + 1, 0x20),
    });
    count('attackQueries');
    expect(res.status).toBe(413);
  });
});
