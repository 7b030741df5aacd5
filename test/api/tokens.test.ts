import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { generateKeyPair, importJWK, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { db, tableName } from '../../functions/db/client';
import { itemOf } from '../../functions/db/entities';
import type { PersonRecord } from '../../functions/db/records';
import { verifyToken } from '../../functions/graphql/auth/verifyToken';
import type { Role } from '../../functions/graphql/resolvers.generated';
import { config } from '../../functions/lib/config';
import { DEV_AUDIENCE, issuerKey } from '../../functions/local/devIssuer';
import { createLocalServer } from '../../functions/local/httpServer';
import { personRecord } from '../../functions/local/seed';
import { graphql, send, tokenFor } from '../support/api';
import { count } from '../support/securityCounts';

const QUERY = `{ me { id } }`;

/** Stores a person as the directory would, with the subject they sign in with and their status. */
async function storePerson(p: { id: string; roles: Role[]; subject?: string; status?: PersonRecord['status'] }) {
  const record: PersonRecord = { ...personRecord({ id: p.id, displayName: `Token test ${p.id.slice(-6)}`, roles: p.roles }) };
  if (p.subject) record.subject = p.subject;
  if (p.status) record.status = p.status;
  await db().send(new PutCommand({ TableName: tableName(), Item: itemOf(record) }));
}

/** A token signed by the development issuer's own key with exactly these claims (nothing added). */
async function signed(claims: JWTPayload, header: { kid?: string } = {}): Promise<string> {
  const key = await issuerKey();
  count('forgedTokens');
  return new SignJWT({ iss: process.env.AUTH_ISSUER!, aud: DEV_AUDIENCE, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: header.kid ?? key.kid })
    .sign(await importJWK(key.privateJwk, 'RS256'));
}

const now = () => Math.floor(Date.now() / 1000);

async function expectUnauthenticated(token: string | undefined, authorization?: string) {
  const res =
    authorization === undefined
      ? await graphql(token, QUERY)
      : await send({ headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query: QUERY }) });
  expect(res.status).toBe(401);
  expect(res.data).toBeUndefined();
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  return res.errors![0]!.message;
}

describe('bearer tokens', () => {
  it('accepts a token from the configured issuer for the configured audience', async () => {
    const res = await graphql(await tokenFor('per_hr', ['HR']), QUERY);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ me: { id: 'per_hr' } });
  });

  it('accepts a token from `npm run token`, run without PORT, from a server on another port than 4000', async () => {
    const { PORT: _port, ...env } = process.env;
    // The test run's server listens on a free port of its own; the token command is not told which.
    const token = execFileSync(process.execPath, ['--import', 'tsx', 'functions/local/token.ts', '--role', 'LEAD_LXP'], {
      env,
      encoding: 'utf8',
    }).trim();
    expect(process.env.AUTH_JWKS_URI).not.toContain(':4000/');
    const res = await graphql(token, QUERY);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ me: { id: 'per_lead_lxp' } });
  }, 90_000);

  it('answers 401 UNAUTHENTICATED with nothing executed when there is no token', async () => {
    expect(await expectUnauthenticated(undefined)).toBe('A bearer token is required');
  });

  it('refuses a token that is not a bearer token', async () => {
    await expectUnauthenticated(undefined, 'Basic dXNlcjpwYXNz');
  });

  it('refuses an unsigned token (alg "none")', async () => {
    const unsigned = new UnsecuredJWT({ 'cognito:groups': ['LEAD_LXP'] })
      .setSubject('per_lead_lxp')
      .setIssuer(process.env.AUTH_ISSUER!)
      .setAudience('lxp-local')
      .setIssuedAt()
      .setExpirationTime('1h')
      .encode();
    await expectUnauthenticated(unsigned);
  });

  it.each([
    ["naming the issuer's key id", true, 'The token signature is not valid'],
    ['naming a key the issuer does not have', false, 'The token is not signed by the trusted issuer'],
  ])('refuses a token signed by another key %s', async (_, sameKid, expected) => {
    const { privateKey } = await generateKeyPair('RS256');
    const kid = sameKid ? (await issuerKey()).kid : 'forged-key';
    const forged = await new SignJWT({ 'cognito:groups': ['LEAD_LXP'] })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('per_lead_lxp')
      .setIssuer(process.env.AUTH_ISSUER!)
      .setAudience('lxp-local')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(await expectUnauthenticated(forged)).toBe(expected);
  });

  it('refuses a token signed with an algorithm off the allow-list (HS256)', async () => {
    const secret = new TextEncoder().encode('a-shared-secret-that-is-long-enough-for-hs256');
    const token = await new SignJWT({ 'cognito:groups': ['LEAD_LXP'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('per_lead_lxp')
      .setIssuer(process.env.AUTH_ISSUER!)
      .setAudience('lxp-local')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(secret);
    await expectUnauthenticated(token);
  });

  it('refuses a token without a subject', async () => {
    const key = await issuerKey();
    const token = await new SignJWT({ 'cognito:groups': ['LEAD_LXP'] })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid })
      .setIssuer(process.env.AUTH_ISSUER!)
      .setAudience('lxp-local')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(await importJWK(key.privateJwk, 'RS256'));
    await expectUnauthenticated(token);
  });

  it('refuses an expired token', async () => {
    const message = await expectUnauthenticated(await tokenFor('per_hr', ['HR'], { expiresIn: -60 }));
    expect(message).toBe('The token has expired');
  });

  it('refuses a token for another audience', async () => {
    const message = await expectUnauthenticated(await tokenFor('per_hr', ['HR'], { audience: 'some-other-app' }));
    expect(message).toBe('The token is for another audience');
  });

  it('refuses a token from another issuer', async () => {
    await expectUnauthenticated(await tokenFor('per_hr', ['HR'], { issuer: 'https://issuer.example.org' }));
  });

  it('tolerates a few seconds of clock skew but not more', async () => {
    expect((await graphql(await tokenFor('per_hr', ['HR'], { expiresIn: -2 }), QUERY)).status).toBe(200);
    await expectUnauthenticated(await tokenFor('per_hr', ['HR'], { expiresIn: -30 }));
  });

  it.each([
    ['lxp-local', 200],
    ['another-client', 401],
  ])('accepts a Cognito access token (no aud) only when its client_id is an accepted audience: %s → %i', async (clientId, status) => {
    const key = await issuerKey();
    const token = await new SignJWT({ 'cognito:groups': ['HR'], token_use: 'access', client_id: clientId })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid })
      .setSubject('per_hr')
      .setIssuer(process.env.AUTH_ISSUER!)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(await importJWK(key.privateJwk, 'RS256'));
    expect((await graphql(token, QUERY)).status).toBe(status);
  });

  it("maps an identity provider's subject (e.g. a Cognito UUID) to the person who accepts it", async () => {
    const uuid = randomUUID();
    await storePerson({ id: `per_${uuid}`, roles: ['SERVICE_USER'], subject: uuid });
    const res = await graphql(
      await tokenFor(uuid, ['SERVICE_USER']),
      `
        {
          viewerPermissions {
            viewerId
            roles
          }
        }
      `,
    );
    expect(res.data.viewerPermissions).toEqual({ viewerId: `per_${uuid}`, roles: ['SERVICE_USER'] });
  });
});

describe('token claims (RFC 8725)', () => {
  const base = () => ({ sub: 'per_hr', 'cognito:groups': ['HR'], iat: now(), exp: now() + 3600 });

  it('refuses a token without iat', async () => {
    const { iat: _iat, ...claims } = base();
    await expectUnauthenticated(await signed(claims));
  });

  it('refuses a token issued in the future beyond the clock tolerance, but tolerates a few seconds', async () => {
    expect((await graphql(await signed({ ...base(), iat: now() + 2 }), QUERY)).status).toBe(200);
    expect(await expectUnauthenticated(await signed({ ...base(), iat: now() + 120 }))).toBe("The token's iat claim is not accepted");
  });

  it('refuses a token older than the maximum age even when it has not expired', async () => {
    const twoDaysAgo = now() - 2 * 86_400;
    expect(await expectUnauthenticated(await signed({ ...base(), iat: twoDaysAgo, exp: now() + 60 }))).toBe(
      'The token is older than the maximum age',
    );
  });

  it('refuses a new token whose lifetime is longer than the maximum age', async () => {
    expect(await expectUnauthenticated(await signed({ ...base(), exp: now() + 30 * 86_400 }))).toMatch(/lifetime is longer/);
  });

  it.each([
    ['a string', 'LEAD_LXP'],
    ['a space-separated string', 'HR LEAD_LXP'],
    ['an array holding a number', ['HR', 7]],
    ['an array holding an object', [{ name: 'LEAD_LXP' }]],
    ['an object', { LEAD_LXP: true }],
    ['a number', 1],
  ])('refuses roles given as %s', async (_, roles) => {
    expect(await expectUnauthenticated(await signed({ ...base(), 'cognito:groups': roles }))).toMatch(/not a list of role names/);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['a number', 42],
    ['an array', ['per_hr']],
    ['holding a control character', 'per_hr\u0000'],
    ['longer than any identity provider makes', 'x'.repeat(300)],
  ] as [string, unknown][])('refuses a subject that is %s', async (_, sub) => {
    await expectUnauthenticated(await signed({ ...base(), sub } as JWTPayload));
  });
});

describe('the token is reconciled with the stored person', () => {
  const rolesOf = async (token: string) => {
    const res = await graphql(
      token,
      `
        {
          viewerPermissions {
            roles
          }
        }
      `,
    );
    return res.data?.viewerPermissions?.roles ?? res.errors?.map((e) => e.extensions?.code);
  };

  it('gives a service user who claims LEAD_LXP only the roles their record holds', async () => {
    const token = await tokenFor('per_trainee_20', ['SERVICE_USER', 'LEAD_LXP', 'HR']);
    count('forgedTokens');
    expect(await rolesOf(token)).toEqual(['SERVICE_USER']);
    const people = await graphql(
      token,
      `
        {
          people {
            totalCount
          }
        }
      `,
    );
    expect(people.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(people.data).toEqual({ people: null });
  });

  it('gives a token for a person who does not exist no roles at all', async () => {
    count('forgedTokens');
    expect(await rolesOf(await tokenFor(`per_ghost${randomUUID().slice(0, 8)}`, ['LEAD_LXP']))).toEqual(['FORBIDDEN']);
  });

  it.each(['LEFT', 'SUSPENDED'] as const)('gives a person whose status is %s no roles, whatever the token claims', async (status) => {
    const id = `per_t${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await storePerson({ id, roles: ['HR'], status });
    count('forgedTokens');
    const token = await tokenFor(id, ['HR']);
    expect(await rolesOf(token)).toEqual(['FORBIDDEN']);
    expect(
      (
        await graphql(
          token,
          `
            {
              auditTrail(subjectId: "per_trainee_20") {
                totalCount
              }
            }
          `,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('keeps the roles of an ACTIVE person that the token also claims', async () => {
    const id = `per_t${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await storePerson({ id, roles: ['CLINICIAN', 'HR'], status: 'ACTIVE' });
    expect(await rolesOf(await tokenFor(id, ['HR']))).toEqual(['HR']);
  });

  it('refuses a second subject that maps onto a person who signs in with another (two subjects, one person)', async () => {
    const uuid = randomUUID();
    await storePerson({ id: `per_${uuid}`, roles: ['LEAD_LXP'], subject: uuid });
    expect(await rolesOf(await tokenFor(uuid, ['LEAD_LXP']))).toEqual(['LEAD_LXP']);
    // The person id itself as the subject would otherwise reach the same person.
    const res = await graphql(await tokenFor(`per_${uuid}`, ['LEAD_LXP']), QUERY);
    count('forgedTokens');
    expect(res.status).toBe(401);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(res.data).toBeUndefined();
  });

  it('refuses a subject whose hash-mapped id collides with another subject (e-mail-like subjects)', async () => {
    const email = `someone-${randomUUID().slice(0, 6)}@trust.example.org`;
    const token = await tokenFor(email, ['HR']);
    const { id } = await verifyToken(token, config().auth);
    await storePerson({ id, roles: ['HR'], subject: email });
    expect(await rolesOf(token)).toEqual(['HR']);
    // The hash itself as a subject maps to the same person id.
    const collision = await graphql(await tokenFor(id.slice('per_'.length), ['HR']), QUERY);
    count('forgedTokens');
    expect(collision.status).toBe(401);
  });
});

describe('the JWKS cache under a flood of unknown key ids', () => {
  let hits = 0;
  const server = createLocalServer({ issuer: process.env.AUTH_ISSUER!, handler: () => undefined });
  server.on('request', (req) => {
    if (req.url === '/.well-known/jwks.json') hits += 1;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("fetches the development issuer's JWKS at most once per cooldown, however many unknown kids arrive", async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // Its own key set (a URL no other test uses), so the count starts cold.
    const auth = { ...config().auth, jwksUri: `http://127.0.0.1:${port}/.well-known/jwks.json` };
    const claims = { sub: 'per_hr', 'cognito:groups': ['HR'], iat: now(), exp: now() + 600 };
    const flood = await Promise.all(Array.from({ length: 100 }, (_, i) => signed(claims, { kid: `unknown-${i}` })));
    const results = await Promise.allSettled(flood.map((t) => verifyToken(t, auth)));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(hits).toBe(1);
    // A second wave, and a genuine token, inside the cooldown: still the one fetch.
    for (const t of flood.slice(0, 20))
      await expect(verifyToken(t, auth)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verifyToken(await signed(claims), auth)).resolves.toMatchObject({ id: 'per_hr' });
    expect(hits).toBe(1);
  });
});

describe('tokens verified once and remembered', () => {
  it('remembers a verified token only until it expires: past its expiry it is refused, not answered from memory', async () => {
    const issuedAt = now();
    const token = await signed({ sub: 'per_hr', 'cognito:groups': ['HR'], iat: issuedAt, exp: issuedAt + 10 });
    const auth = config().auth;
    await expect(verifyToken(token, auth)).resolves.toMatchObject({ id: 'per_hr', roles: ['HR'] });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Past expiry and the clock tolerance, well inside the minute a verification is remembered for.
      vi.setSystemTime((issuedAt + 10 + auth.clockToleranceSeconds + 1) * 1000);
      await expect(verifyToken(token, auth)).rejects.toMatchObject({ message: 'The token has expired' });
    } finally {
      vi.useRealTimers();
    }
  });

  it("gives each request its own viewer: changing one request's roles does not reach the next", async () => {
    const token = await signed({ sub: 'per_hr', 'cognito:groups': ['HR'], iat: now(), exp: now() + 600 });
    const first = await verifyToken(token, config().auth);
    first.roles.push('LEAD_LXP');
    expect((await verifyToken(token, config().auth)).roles).toEqual(['HR']);
  });
});
