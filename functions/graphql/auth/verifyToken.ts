import { errors, jwtVerify, type JWTPayload } from 'jose';
import { personIdForSubject } from '../../db/ids';
import type { AuthConfig } from '../../lib/config';
import { unauthenticated } from '../../lib/errors';
import { logger } from '../../lib/logger';
import { ROLES, type Role } from '../../lib/vocabulary';
import type { Viewer } from '../../services/context';
import { signingKeys, type SigningKeys } from './signingKeys';

export type { Viewer };

const KNOWN_ROLES: ReadonlySet<string> = new Set(ROLES);

// Module scope: the key set (and its cache of fetched keys) lives as long as the Lambda container.
const keySets = new Map<string, SigningKeys>();
function keySet(jwksUri: string) {
  let set = keySets.get(jwksUri);
  if (!set) {
    // The cooldown bounds refetches: a flood of tokens naming unknown key ids makes at most one JWKS
    // request per 30 s (test/api/tokens.test.ts counts them), so it cannot turn the API against the issuer.
    set = signingKeys(jwksUri, { maxAgeMs: 10 * 60_000, cooldownMs: 30_000, timeoutMs: 3_000 });
    keySets.set(jwksUri, set);
  }
  return set;
}

/**
 * Fetches the issuer's signing keys ahead of the first request (called at module initialisation, in
 * Lambda's init phase). A failure is logged, not thrown: the first request fetches them again.
 */
export async function prefetchSigningKeys(auth: AuthConfig): Promise<void> {
  try {
    await keySet(auth.jwksUri).reload();
  } catch (error) {
    logger.warn('signing keys not fetched at start-up; the first request will fetch them', {
      error: error as Error,
      jwksUri: auth.jwksUri,
    });
  }
}

/** The bearer token of an Authorization header, or undefined. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

/**
 * Roles from the configured claim, which must be an array of strings (Cognito groups, Entra ID app roles)
 * when present: a string, a number or an array holding anything but strings makes the token malformed, so a
 * claim cannot be smuggled in another shape. Names that are not programme roles are dropped.
 */
export function rolesFrom(payload: JWTPayload, claim: string): Role[] {
  const raw = payload[claim];
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > 50 || !raw.every((r) => typeof r === 'string')) {
    throw unauthenticated(`The token's ${claim} claim is not a list of role names`);
  }
  return [...new Set((raw as string[]).filter((n) => KNOWN_ROLES.has(n)))] as Role[];
}

/** The subject: a non-empty string of printable characters, as long as identity providers make them. */
function subjectOf(payload: JWTPayload): string {
  const sub: unknown = payload.sub;
  // eslint-disable-next-line no-control-regex -- control characters are what a subject may not hold
  if (typeof sub !== 'string' || sub.trim() === '' || sub.length > 255 || /[\u0000-\u001f\u007f]/.test(sub)) {
    throw unauthenticated("The token's sub claim is not a subject");
  }
  return sub;
}

/** `exp - iat` may not exceed the maximum age either: a long-lived token is refused even when it is new. */
function checkLifetime(payload: JWTPayload, auth: AuthConfig): void {
  if (typeof payload.exp === 'number' && typeof payload.iat === 'number' && payload.exp - payload.iat > auth.maxTokenAgeSeconds) {
    throw unauthenticated(`The token's lifetime is longer than ${auth.maxTokenAgeSeconds} seconds`);
  }
}

/**
 * ID tokens (and generic OIDC access tokens) name their audience in `aud`; Cognito access tokens have no
 * `aud` and name the app client in `client_id` with `token_use: "access"`.
 */
function audienceAccepted(payload: JWTPayload, audiences: readonly string[]): boolean {
  const aud = payload.aud === undefined ? [] : Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (aud.some((a) => audiences.includes(a))) return true;
  return payload.token_use === 'access' && typeof payload.client_id === 'string' && audiences.includes(payload.client_id);
}

/** Tokens verified in this container, and until when each may be taken as verified without checking again. */
const verified = new Map<string, { auth: AuthConfig; viewer: Viewer; until: number }>();
/** A client sends the same token with every request for its lifetime; this many are remembered at once. */
const VERIFIED_TOKENS = 1_000;
/** How long a verification is reused at most: a key the issuer withdraws stops being trusted within this. */
const REVERIFY_AFTER_MS = 60_000;

/**
 * Verifies a bearer JWT: signature against the issuer's published keys, algorithm on the allow-list,
 * issuer, audience, expiry (required) within the clock tolerance, and a subject. Throws UNAUTHENTICATED.
 *
 * A token that verified is remembered for a minute, never past its expiry or maximum age, so its signature
 * (an RSA or EC verification, the larger part of a warm request's own work) is checked once a minute, not
 * on every request. Only tokens that passed every check are remembered; the viewer's roles are still
 * reconciled with the stored person on every request (reconcileViewer.ts).
 */
export async function verifyToken(token: string, auth: AuthConfig): Promise<Viewer> {
  const now = Date.now();
  const known = verified.get(token);
  // A copy: a request's viewer is its own (reconciliation replaces its roles).
  if (known && known.auth === auth && now < known.until) return { ...known.viewer, roles: [...known.viewer.roles] };
  const { viewer, payload } = await verifyAfresh(token, auth);
  const expiresAt = Math.min(payload.exp! * 1000, (payload.iat! + auth.maxTokenAgeSeconds) * 1000);
  verified.delete(token);
  if (verified.size >= VERIFIED_TOKENS) verified.delete(verified.keys().next().value!);
  verified.set(token, { auth, viewer: { ...viewer, roles: [...viewer.roles] }, until: Math.min(now + REVERIFY_AFTER_MS, expiresAt) });
  return viewer;
}

async function verifyAfresh(token: string, auth: AuthConfig): Promise<{ viewer: Viewer; payload: JWTPayload }> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keySet(auth.jwksUri), {
      issuer: auth.issuer,
      algorithms: auth.algorithms,
      clockTolerance: auth.clockToleranceSeconds,
      maxTokenAge: auth.maxTokenAgeSeconds,
      requiredClaims: ['sub', 'exp', 'iat'],
    }));
  } catch (error) {
    throw unauthenticated(describe(error));
  }
  if (payload.token_use !== undefined && payload.token_use !== 'id' && payload.token_use !== 'access') {
    throw unauthenticated('The token is not an ID or access token');
  }
  if (!audienceAccepted(payload, auth.audiences)) throw unauthenticated('The token is for another audience');
  checkLifetime(payload, auth);
  const subject = subjectOf(payload);
  return { viewer: { id: personIdForSubject(subject), roles: rolesFrom(payload, auth.rolesClaim), subject }, payload };
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired)
    return error.claim === 'iat' ? 'The token is older than the maximum age' : 'The token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is not valid';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm that is not accepted';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token is not signed by the trusted issuer';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported)
    return 'The token is malformed';
  return 'The token could not be verified';
}
