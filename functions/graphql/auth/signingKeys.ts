import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';

export interface SigningKeysOptions {
  /** How long fetched keys are trusted before they are fetched again. */
  maxAgeMs: number;
  /** After a fetch, how long a token naming an unknown key id is refused without fetching again. */
  cooldownMs: number;
  timeoutMs: number;
}

/** A key set larger than this is not an issuer's: the response is abandoned. */
const MAX_JWKS_BYTES = 256 * 1024;

/**
 * Fetches a JWKS over `node:http(s)`: GET, no redirects followed, 200 with JSON only, bounded in time and
 * size. Not `fetch`: in Node.js the first use of `fetch` or `Headers` loads its whole HTTP client (undici),
 * about 40 ms of a cold start, while `node:https` is already loaded by the AWS SDK.
 */
function fetchJwks(uri: string, timeoutMs: number): Promise<unknown> {
  const url = new URL(uri);
  const get = url.protocol === 'https:' ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: { accept: 'application/json, application/jwk-set+json' }, timeout: timeoutMs });
    request.on('timeout', () => request.destroy(new errors.JWKSTimeout()));
    request.on('error', reject);
    request.on('response', (response: IncomingMessage) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new errors.JOSEError('Expected 200 OK from the JSON Web Key Set HTTP response'));
        return;
      }
      const chunks: Buffer[] = [];
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > MAX_JWKS_BYTES) request.destroy(new errors.JOSEError('The JSON Web Key Set HTTP response is too large'));
        else chunks.push(chunk);
      });
      response.on('error', reject);
      response.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (cause) {
          reject(new errors.JOSEError('Failed to parse the JSON Web Key Set HTTP response as JSON', { cause }));
        }
      });
    });
  });
}

export type SigningKeys = JWTVerifyGetKey & { reload(): Promise<void> };

/**
 * An issuer's signing keys for `jwtVerify`, with jose's own key selection (`createLocalJWKSet`): fetched
 * once and kept for `maxAgeMs`; a token naming a key id the set does not hold fetches it again (a rotated
 * key), at most once per `cooldownMs`, so a flood of tokens with made-up key ids costs the issuer one
 * request. Concurrent reloads share one fetch.
 */
export function signingKeys(jwksUri: string, options: SigningKeysOptions): SigningKeys {
  let local: ReturnType<typeof createLocalJWKSet> | undefined;
  let fetchedAt = -Infinity;
  let pending: Promise<void> | undefined;

  const reload = (): Promise<void> => {
    pending ??= fetchJwks(jwksUri, options.timeoutMs)
      .then((jwks) => {
        local = createLocalJWKSet(jwks as JSONWebKeySet);
        fetchedAt = Date.now();
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };

  const getKey: JWTVerifyGetKey = async (protectedHeader, token) => {
    if (!local || Date.now() - fetchedAt >= options.maxAgeMs) await reload();
    try {
      return await local!(protectedHeader, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey) || Date.now() - fetchedAt < options.cooldownMs) throw error;
      await reload();
      return local!(protectedHeader, token);
    }
  };
  return Object.assign(getKey, { reload });
}
