/**
 * The function's configuration, read once from the environment.
 *
 * Secure defaults: without `API_MODE=development` the API runs in production mode (introspection off,
 * internal errors masked). Nothing account-specific has a default except the local table name.
 */
export type ApiMode = 'production' | 'development';

export interface AuthConfig {
  /** The token issuer (`iss`): the Cognito user pool URL, the Trust's OIDC issuer, or the development issuer. */
  issuer: string;
  /** Accepted audiences: `aud` of ID tokens, or `client_id` of Cognito access tokens (one per front end). */
  audiences: string[];
  /** Where the issuer publishes its signing keys. */
  jwksUri: string;
  /** The claim holding the viewer's roles (`cognito:groups` for Cognito; e.g. `roles` for Entra ID). */
  rolesClaim: string;
  /** Signature algorithms accepted; anything else (including `none`) is refused. */
  algorithms: string[];
  /** Seconds of clock skew tolerated on `exp`, `nbf` and `iat`. */
  clockToleranceSeconds: number;
  /**
   * The oldest token accepted, in seconds since its `iat` (which is required and may not lie in the future
   * beyond the tolerance); also the longest lifetime (`exp - iat`) a token may claim. RFC 8725 §3.10.
   */
  maxTokenAgeSeconds: number;
}

export interface Config {
  mode: ApiMode;
  tableName: string;
  /** Set only for DynamoDB Local. */
  dynamoDbEndpoint: string | undefined;
  region: string;
  auth: AuthConfig;
  /** How long a mutation's idempotency record is kept, in hours. */
  idempotencyHours: number;
  /** How often an employed LXP should be supervised: the default interval of `overdueSupervision`, in days. */
  supervisionIntervalDays: number;
  /**
   * `required`: only registered documents run, sent by id (the production default); `optional`: any
   * operation runs, and ids are still resolved (the development default). `TRUSTED_DOCUMENTS` (`required` or
   * `off`) overrides the mode's default.
   */
  trustedDocuments: 'required' | 'optional';
  /** Adds request metrics (DynamoDB calls) to each response's `extensions`; never on in production. */
  exposeMetrics: boolean;
  /**
   * Attempts per DynamoDB request when it is throttled or unreachable (the SDK's standard retry strategy,
   * exponential backoff with jitter), after which the request answers SERVICE_UNAVAILABLE.
   */
  dynamoDbMaxAttempts: number;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${value}"`);
  return n;
}

/** Reads the configuration from an environment (process.env by default); throws naming the missing setting. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode: ApiMode = env.API_MODE === 'development' ? 'development' : 'production';
  const issuer = env.AUTH_ISSUER ?? '';
  if (!issuer) throw new Error('AUTH_ISSUER is not set: the token issuer URL this API trusts');
  const audiences = list(env.AUTH_AUDIENCES);
  if (audiences.length === 0) throw new Error('AUTH_AUDIENCES is not set: the comma-separated client ids/audiences');
  return {
    mode,
    tableName: env.TABLE_NAME || 'lxp-local',
    dynamoDbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    region: env.AWS_REGION || 'eu-west-2',
    auth: {
      issuer,
      audiences,
      jwksUri: env.AUTH_JWKS_URI || `${issuer.replace(/\/$/, '')}/.well-known/jwks.json`,
      rolesClaim: env.AUTH_ROLES_CLAIM || 'cognito:groups',
      algorithms: list(env.AUTH_ALGORITHMS).length ? list(env.AUTH_ALGORITHMS) : ['RS256'],
      clockToleranceSeconds: positiveNumber('AUTH_CLOCK_TOLERANCE_SECONDS', env.AUTH_CLOCK_TOLERANCE_SECONDS, 5),
      // Cognito's longest ID/access token validity is one day.
      maxTokenAgeSeconds: positiveNumber('AUTH_MAX_TOKEN_AGE_SECONDS', env.AUTH_MAX_TOKEN_AGE_SECONDS, 86_400),
    },
    idempotencyHours: positiveNumber('IDEMPOTENCY_HOURS', env.IDEMPOTENCY_HOURS, 24),
    supervisionIntervalDays: positiveNumber('SUPERVISION_INTERVAL_DAYS', env.SUPERVISION_INTERVAL_DAYS, 28),
    trustedDocuments:
      env.TRUSTED_DOCUMENTS === 'required' || (mode === 'production' && env.TRUSTED_DOCUMENTS !== 'off') ? 'required' : 'optional',
    exposeMetrics: mode === 'development' && env.EXPOSE_METRICS !== 'false',
    dynamoDbMaxAttempts: Math.max(1, Math.floor(positiveNumber('DYNAMODB_MAX_ATTEMPTS', env.DYNAMODB_MAX_ATTEMPTS, 3))),
  };
}

let cached: Config | undefined;

/** The configuration of this process, read on first use. */
export function config(): Config {
  cached ??= readConfig();
  return cached;
}
