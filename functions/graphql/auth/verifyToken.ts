import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { personIdForSubject } from '../../db/ids';
import type { AuthConfig } from '../../lib/config';
import { unauthenticated } from '../../lib/errors';
import { ROLES, type Role } from '../../lib/vocabulary';
import type { Viewer } from '../../services/context';

export type { Viewer };

const KNOWN_ROLES: ReadonlySet<string> = new Set(ROLES);

// Module scope: the key set (and jose's cache of fetched keys) lives as long as the Lambda container.
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function keySet(jwksUri: string) {
  let set = keySets.get(jwksUri);
  if (!set) {
    set = createRemoteJWKSet(new URL(jwksUri), { cacheMaxAge: 10 * 60_000, cooldownDuration: 30_000 });
    keySets.set(jwksUri, set);
  }
  return set;
}

/** The bearer token of an Authorization header, or undefined. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

/** Roles from the configured claim: an array (Cognito groups) or a space/comma-separated string. Unknown names are dropped. */
export function rolesFrom(payload: JWTPayload, claim: string): Role[] {
  const raw = payload[claim];
  const names = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  return [...new Set(names.filter((n) => KNOWN_ROLES.has(n)))] as Role[];
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

/**
 * Verifies a bearer JWT: signature against the issuer's published keys, algorithm on the allow-list,
 * issuer, audience, expiry (required) within the clock tolerance, and a subject. Throws UNAUTHENTICATED.
 */
export async function verifyToken(token: string, auth: AuthConfig): Promise<Viewer> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keySet(auth.jwksUri), {
      issuer: auth.issuer,
      algorithms: auth.algorithms,
      clockTolerance: auth.clockToleranceSeconds,
      requiredClaims: ['sub', 'exp'],
    }));
  } catch (error) {
    throw unauthenticated(describe(error));
  }
  if (payload.token_use !== undefined && payload.token_use !== 'id' && payload.token_use !== 'access') {
    throw unauthenticated('The token is not an ID or access token');
  }
  if (!audienceAccepted(payload, auth.audiences)) throw unauthenticated('The token is for another audience');
  return { id: personIdForSubject(payload.sub!), roles: rolesFrom(payload, auth.rolesClaim) };
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is not valid';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm that is not accepted';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token is not signed by the trusted issuer';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'The token is malformed';
  return 'The token could not be verified';
}
