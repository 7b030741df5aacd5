import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signingKeys } from '../../functions/graphql/auth/signingKeys';

/** An issuer whose published keys the test changes, counting how often they are fetched. */
let published: { keys: JWK[] } | string = { keys: [] };
let status = 200;
let fetches = 0;
let server: Server;
let uri: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    fetches += 1;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(typeof published === 'string' ? published : JSON.stringify(published));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function issuerKey(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const sign = () =>
    new SignJWT({ sub: 'per_x' }).setProtectedHeader({ alg: 'RS256', kid }).setIssuedAt().setExpirationTime('5m').sign(privateKey);
  return { jwk, sign };
}

describe("the issuer's signing keys", () => {
  it('fetches the key set once for many tokens, and again for a rotated key once the cooldown has passed', async () => {
    const first = await issuerKey('k1');
    const second = await issuerKey('k2');
    published = { keys: [first.jwk] };
    fetches = 0;
    const keys = signingKeys(uri, { maxAgeMs: 600_000, cooldownMs: 0, timeoutMs: 2_000 });
    const tokens = await Promise.all(Array.from({ length: 10 }, () => first.sign()));
    const verified = await Promise.all(tokens.map((t) => jwtVerify(t, keys)));
    expect(verified.map((v) => v.payload.sub)).toEqual(Array(10).fill('per_x'));
    expect(fetches).toBe(1);
    // The issuer rotates to a new key: a token naming it makes the set fetch again.
    published = { keys: [first.jwk, second.jwk] };
    await expect(jwtVerify(await second.sign(), keys)).resolves.toMatchObject({ payload: { sub: 'per_x' } });
    expect(fetches).toBe(2);
  });

  it('refuses an unknown key id without fetching again inside the cooldown', async () => {
    const known = await issuerKey('k3');
    const unknown = await issuerKey('k4');
    published = { keys: [known.jwk] };
    fetches = 0;
    const keys = signingKeys(uri, { maxAgeMs: 600_000, cooldownMs: 60_000, timeoutMs: 2_000 });
    await jwtVerify(await known.sign(), keys);
    published = { keys: [known.jwk, unknown.jwk] };
    await expect(jwtVerify(await unknown.sign(), keys)).rejects.toMatchObject({ code: 'ERR_JWKS_NO_MATCHING_KEY' });
    expect(fetches).toBe(1);
  });

  it('fetches the keys again once they are older than their maximum age', async () => {
    const key = await issuerKey('k5');
    published = { keys: [key.jwk] };
    fetches = 0;
    const keys = signingKeys(uri, { maxAgeMs: 1, cooldownMs: 60_000, timeoutMs: 2_000 });
    await jwtVerify(await key.sign(), keys);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await jwtVerify(await key.sign(), keys);
    expect(fetches).toBe(2);
  });

  it('trusts no key from an answer that is not 200 with a JSON key set', async () => {
    const key = await issuerKey('k6');
    const keysOf = () => signingKeys(uri, { maxAgeMs: 600_000, cooldownMs: 0, timeoutMs: 2_000 });
    status = 500;
    published = { keys: [key.jwk] };
    await expect(jwtVerify(await key.sign(), keysOf())).rejects.toThrow('Expected 200 OK');
    status = 200;
    published = '<html>not a key set</html>';
    await expect(jwtVerify(await key.sign(), keysOf())).rejects.toThrow('as JSON');
    published = { keys: [{ kty: 'RSA', kid: 'k6' } as JWK] };
    await expect(jwtVerify(await key.sign(), keysOf())).rejects.toThrow();
    published = 'x'.repeat(300 * 1024);
    await expect(jwtVerify(await key.sign(), keysOf())).rejects.toThrow('too large');
  });
});
