import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { Role } from '../lib/vocabulary';
import { issuerKeyFile } from './paths';

/**
 * The development identity provider: an OIDC-style issuer that keeps one RS256 signing key in `.local/`,
 * publishes it as a JWKS, and signs ID tokens shaped like Cognito's (`cognito:groups` for roles,
 * `token_use: id`). The handler verifies these exactly as it verifies Cognito's in AWS.
 */
export const DEV_AUDIENCE = 'lxp-local';
/**
 * The issuer's name in every development token. It names the issuer, not where it listens, so a token
 * from `npm run token` is accepted whatever port the server runs on; the server publishes the key at
 * its own address (`AUTH_JWKS_URI`).
 */
export const DEV_ISSUER = 'lxp-development-issuer';

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

let cached: StoredKey | undefined;

async function createKey(): Promise<StoredKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  return { kid, privateJwk: await exportJWK(privateKey), publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

/** The signing key, created on first use and kept, so tokens stay valid across restarts. */
export async function issuerKey(): Promise<StoredKey> {
  if (cached) return cached;
  const file = issuerKeyFile();
  try {
    cached = JSON.parse(readFileSync(file, 'utf8')) as StoredKey;
  } catch {
    cached = await createKey();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(cached), { mode: 0o600 });
  }
  return cached;
}

export async function jwks(): Promise<{ keys: JWK[] }> {
  return { keys: [(await issuerKey()).publicJwk] };
}

export interface TokenRequest {
  sub: string;
  roles: readonly Role[];
  name?: string;
  issuer?: string;
  audience?: string;
  /** Seconds until expiry (default one hour); negative for an already-expired token. */
  expiresIn?: number;
}

export async function signToken(request: TokenRequest): Promise<string> {
  const key = await issuerKey();
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ 'cognito:groups': [...request.roles], token_use: 'id', ...(request.name ? { name: request.name } : {}) })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setSubject(request.sub)
    .setIssuer(request.issuer ?? DEV_ISSUER)
    .setAudience(request.audience ?? DEV_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (request.expiresIn ?? 3600))
    .sign(await importJWK(key.privateJwk, 'RS256'));
}
