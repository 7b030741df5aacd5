import { generateKeyPair, importJWK, SignJWT, UnsecuredJWT } from 'jose';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { issuerKey } from '../../functions/local/devIssuer';
import { graphql, send, tokenFor } from '../support/api';

const QUERY = `{ me { id } }`;

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
      .setExpirationTime('1h')
      .sign(await importJWK(key.privateJwk, 'RS256'));
    expect((await graphql(token, QUERY)).status).toBe(status);
  });

  it("maps an identity provider's subject (e.g. a Cognito UUID) to a person id", async () => {
    const res = await graphql(
      await tokenFor('2f6c1b7e-9a4d-4c1e-8f0a-3b5d7e9c1a2b', ['SERVICE_USER']),
      `
        {
          viewerPermissions {
            viewerId
          }
        }
      `,
    );
    expect(res.data.viewerPermissions.viewerId).toBe('per_2f6c1b7e-9a4d-4c1e-8f0a-3b5d7e9c1a2b');
  });
});
