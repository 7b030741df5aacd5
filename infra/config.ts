import type { ApiMode } from '../functions/lib/config';

/**
 * The deployment's settings, read from CDK context (`cdk.json` or `-c key=value`) and validated before any
 * construct is built. Every problem is reported at once, each naming its context key, so an administrator
 * fixes a bad setting at synth time rather than discovering it in a failed deployment.
 *
 * Nothing account-specific has a default. The defaults describe a `dev` stage with its own Cognito user pool
 * and one placeholder front end (`https://lxp.example.nhs.uk`), so `npm run synth` works on a clean clone;
 * a production stage refuses the placeholder and must name its real front ends.
 */

/** Where tokens come from: the stack's own Cognito user pool, or the Trust's OIDC issuer (e.g. Entra ID). */
export type IdentityMode = 'cognito' | 'oidc';

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/** One Trust front end: an app client (Cognito mode) and a CORS origin. */
export interface FrontEnd {
  /** Lower-case name, used for the app client and its stack output. */
  name: string;
  /** The origin the browser app is served from, e.g. `https://lxp.example.nhs.uk`. */
  origin: string;
  /** OAuth redirect URLs after sign-in (Cognito mode). */
  callbackUrls: string[];
  /** OAuth redirect URLs after sign-out (Cognito mode). */
  logoutUrls: string[];
}

export type IdentityConfig =
  | {
      mode: 'cognito';
      /** Prefix of the Cognito-hosted sign-in domain (`<prefix>.auth.<region>.amazoncognito.com`); none when unset. */
      domainPrefix: string | undefined;
      rolesClaim: string;
    }
  | {
      mode: 'oidc';
      issuer: string;
      audiences: string[];
      /** The issuer's JWKS; the function defaults to `${issuer}/.well-known/jwks.json` when unset. */
      jwksUri: string | undefined;
      rolesClaim: string;
    };

export interface AlarmConfig {
  /** Email address subscribed to the alarm topic. */
  email: string | undefined;
  /** An existing SNS topic to notify instead of creating one. */
  topicArn: string | undefined;
  /** Function errors (and API 5xx responses) per 5 minutes that raise an alarm. */
  errorsPer5Minutes: number;
  /** Function throttles per 5 minutes that raise an alarm. */
  throttlesPer5Minutes: number;
  /** p99 latency (function duration and API latency) in milliseconds that raises an alarm. */
  p99LatencyMs: number;
}

export interface StackConfig {
  stage: string;
  /** Whether the stage is a production stage (see {@link isProductionStage}). */
  production: boolean;
  apiMode: ApiMode;
  identity: IdentityConfig;
  frontEnds: FrontEnd[];
  /** Every origin CORS allows: the front ends' origins and `allowedOrigins`, without duplicates. */
  corsOrigins: string[];
  logRetentionDays: number;
  logLevel: LogLevel;
  reservedConcurrency: number;
  timeoutSeconds: number;
  memoryMb: number;
  throttle: { rateLimit: number; burstLimit: number };
  alarms: AlarmConfig;
  backupRetentionDays: number;
  idempotencyHours: number;
}

/** The values CloudWatch Logs accepts for a retention period, in days. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

export const PLACEHOLDER_ORIGIN = 'https://lxp.example.nhs.uk';

/** The defaults, as they appear in the README (Deploy). */
export const DEFAULTS = {
  stage: 'dev',
  identity: 'cognito' as IdentityMode,
  apiMode: 'production' as ApiMode,
  frontEnds: [{ name: 'portal', origin: PLACEHOLDER_ORIGIN }],
  cognitoRolesClaim: 'cognito:groups',
  oidcRolesClaim: 'roles',
  logRetentionDays: 365,
  logLevel: 'INFO' as LogLevel,
  reservedConcurrency: 20,
  timeoutSeconds: 10,
  memoryMb: 1024,
  throttleRateLimit: 50,
  throttleBurstLimit: 100,
  alarmErrorsPer5Minutes: 5,
  alarmThrottlesPer5Minutes: 1,
  alarmP99LatencyMs: 3000,
  backupRetentionDays: 35,
  idempotencyHours: 24,
};

/** Every context setting this app reads; anything else without a `:` or `@` in its name is a typo. */
export const CONTEXT_KEYS = [
  'stage',
  'apiMode',
  'identity',
  'oidcIssuer',
  'oidcAudiences',
  'oidcJwksUri',
  'rolesClaim',
  'cognitoDomainPrefix',
  'frontEnds',
  'allowedOrigins',
  'logRetentionDays',
  'logLevel',
  'reservedConcurrency',
  'timeoutSeconds',
  'memoryMb',
  'throttleRateLimit',
  'throttleBurstLimit',
  'alarmEmail',
  'alarmTopicArn',
  'alarmErrorsPer5Minutes',
  'alarmThrottlesPer5Minutes',
  'alarmP99LatencyMs',
  'backupRetentionDays',
  'idempotencyHours',
] as const;

export type ContextKey = (typeof CONTEXT_KEYS)[number];

/** Context keys that are not settings of this app but may appear in cdk.json (CLI options). */
const CLI_KEYS = new Set(['cli-telemetry']);

/** A stage is production when it is named `prod`, `production` or `live`, or starts with `prod-`. */
export function isProductionStage(stage: string): boolean {
  return /^(prod|production|live)$/.test(stage) || stage.startsWith('prod-');
}

/** Thrown when the context is invalid; the message lists every problem, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid CDK context (set it in cdk.json or with -c key=value):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the stack configuration from a context lookup (e.g. `(key) => app.node.tryGetContext(key)`).
 * Values may be typed JSON (cdk.json) or strings (`-c key=value`): numbers and lists are accepted in both forms.
 * Throws {@link ConfigError} listing every problem.
 */
export function readStackConfig(lookup: (key: string) => unknown, allKeys: readonly string[] = []): StackConfig {
  const problems: string[] = [];
  const r = new Reader(lookup, problems);

  for (const key of allKeys) {
    if (!key.includes(':') && !key.startsWith('@') && !CLI_KEYS.has(key) && !(CONTEXT_KEYS as readonly string[]).includes(key)) {
      problems.push(`${key}: is not a setting of this app; the settings are: ${CONTEXT_KEYS.join(', ')}`);
    }
  }

  const stage = r.string('stage') ?? DEFAULTS.stage;
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) {
    problems.push(`stage: "${stage}" must be 1–20 lower-case letters, digits or hyphens, starting with a letter (e.g. dev, test, prod)`);
  }
  const production = isProductionStage(stage);

  const apiMode = r.oneOf('apiMode', ['production', 'development'] as const) ?? DEFAULTS.apiMode;
  if (apiMode === 'development' && production) {
    problems.push(`apiMode: "development" (introspection on, unmasked errors) is not allowed on the production stage "${stage}"`);
  }

  const mode = r.oneOf('identity', ['cognito', 'oidc'] as const) ?? DEFAULTS.identity;
  const rolesClaim = r.string('rolesClaim');
  if (rolesClaim !== undefined && !/^[A-Za-z0-9_:./-]+$/.test(rolesClaim)) {
    problems.push(`rolesClaim: "${rolesClaim}" is not a claim name (letters, digits and _ : . / - only)`);
  }
  let identity: IdentityConfig;
  if (mode === 'oidc') {
    for (const key of ['cognitoDomainPrefix'] as const) {
      if (r.has(key)) problems.push(`${key}: only applies with identity=cognito`);
    }
    const issuer = r.string('oidcIssuer');
    if (issuer === undefined) {
      problems.push(
        'oidcIssuer: is required with identity=oidc — the issuer URL exactly as in the tokens\' "iss" claim (e.g. https://login.microsoftonline.com/<tenant-id>/v2.0)',
      );
    } else {
      r.checkUrl('oidcIssuer', issuer, { production, localHttp: false });
    }
    const audiences = r.list('oidcAudiences') ?? [];
    if (audiences.length === 0) {
      problems.push(
        'oidcAudiences: is required with identity=oidc — one or more audiences ("aud") the tokens are issued for, e.g. the front ends\' client ids',
      );
    }
    for (const audience of audiences) {
      if (!/^[^\s,]+$/.test(audience)) problems.push(`oidcAudiences: "${audience}" must not be empty or contain spaces or commas`);
    }
    const jwksUri = r.string('oidcJwksUri');
    if (jwksUri !== undefined) r.checkUrl('oidcJwksUri', jwksUri, { production, localHttp: false });
    if (jwksUri === undefined && issuer !== undefined && /^https:\/\/(login\.microsoftonline\.com|sts\.windows\.net)\//.test(issuer)) {
      const tenant = issuer.split('/')[3] ?? '<tenant-id>';
      problems.push(
        `oidcJwksUri: is required for Entra ID, whose keys are not at \${issuer}/.well-known/jwks.json — use "jwks_uri" from ${issuer.replace(/\/$/, '')}/.well-known/openid-configuration (usually https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys)`,
      );
    }
    identity = { mode, issuer: issuer ?? '', audiences, jwksUri, rolesClaim: rolesClaim ?? DEFAULTS.oidcRolesClaim };
  } else {
    for (const key of ['oidcIssuer', 'oidcAudiences', 'oidcJwksUri'] as const) {
      if (r.has(key)) problems.push(`${key}: only applies with identity=oidc (the stack's Cognito user pool is the issuer otherwise)`);
    }
    const domainPrefix = r.string('cognitoDomainPrefix');
    if (
      domainPrefix !== undefined &&
      (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(domainPrefix) || /aws|amazon|cognito/.test(domainPrefix))
    ) {
      problems.push(
        `cognitoDomainPrefix: "${domainPrefix}" must be lower-case letters, digits and hyphens (not starting or ending with one) and must not contain "aws", "amazon" or "cognito"`,
      );
    }
    identity = { mode, domainPrefix, rolesClaim: rolesClaim ?? DEFAULTS.cognitoRolesClaim };
  }

  const frontEnds = readFrontEnds(r, production, stage);
  const extraOrigins = r.list('allowedOrigins') ?? [];
  extraOrigins.forEach((origin, i) => r.checkOrigin(`allowedOrigins[${i}]`, origin, production));
  const corsOrigins = [...new Set([...frontEnds.map((f) => f.origin), ...extraOrigins])];

  const logRetentionDays = r.integer('logRetentionDays', DEFAULTS.logRetentionDays, 1, 3653);
  if (!(LOG_RETENTION_DAYS as readonly number[]).includes(logRetentionDays)) {
    problems.push(
      `logRetentionDays: ${logRetentionDays} is not a period CloudWatch Logs accepts; choose one of ${LOG_RETENTION_DAYS.join(', ')}`,
    );
  }
  const logLevel = r.oneOf('logLevel', ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const) ?? DEFAULTS.logLevel;
  const reservedConcurrency = r.integer('reservedConcurrency', DEFAULTS.reservedConcurrency, 1, 1000);
  const timeoutSeconds = r.integer('timeoutSeconds', DEFAULTS.timeoutSeconds, 1, 29);
  const memoryMb = r.integer('memoryMb', DEFAULTS.memoryMb, 128, 10240);
  const rateLimit = r.integer('throttleRateLimit', DEFAULTS.throttleRateLimit, 1, 10_000);
  const burstLimit = r.integer('throttleBurstLimit', DEFAULTS.throttleBurstLimit, 1, 5_000);
  if (burstLimit < rateLimit) problems.push(`throttleBurstLimit: ${burstLimit} must be at least throttleRateLimit (${rateLimit})`);

  const email = r.string('alarmEmail');
  if (email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) problems.push(`alarmEmail: "${email}" is not an email address`);
  const topicArn = r.string('alarmTopicArn');
  if (topicArn !== undefined && !/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/.test(topicArn)) {
    problems.push(`alarmTopicArn: "${topicArn}" is not an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)`);
  }
  if (email !== undefined && topicArn !== undefined) {
    problems.push('alarmEmail: cannot be combined with alarmTopicArn — subscribe the address to that topic instead');
  }
  if (production && email === undefined && topicArn === undefined) {
    problems.push(
      `alarmEmail: an alarm email (or alarmTopicArn) is required on the production stage "${stage}", so that someone hears about errors`,
    );
  }
  const p99LatencyMs = r.integer('alarmP99LatencyMs', DEFAULTS.alarmP99LatencyMs, 50, 29_000);
  if (p99LatencyMs >= timeoutSeconds * 1000) {
    problems.push(
      `alarmP99LatencyMs: ${p99LatencyMs} ms must be below the function timeout (timeoutSeconds=${timeoutSeconds}) or it can never fire before requests time out`,
    );
  }
  const alarms: AlarmConfig = {
    email,
    topicArn,
    errorsPer5Minutes: r.integer('alarmErrorsPer5Minutes', DEFAULTS.alarmErrorsPer5Minutes, 1, 100_000),
    throttlesPer5Minutes: r.integer('alarmThrottlesPer5Minutes', DEFAULTS.alarmThrottlesPer5Minutes, 1, 100_000),
    p99LatencyMs,
  };

  const backupRetentionDays = r.integer('backupRetentionDays', DEFAULTS.backupRetentionDays, 1, 36_500);
  const idempotencyHours = r.integer('idempotencyHours', DEFAULTS.idempotencyHours, 1, 24 * 30);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    stage,
    production,
    apiMode,
    identity,
    frontEnds,
    corsOrigins,
    logRetentionDays,
    logLevel,
    reservedConcurrency,
    timeoutSeconds,
    memoryMb,
    throttle: { rateLimit, burstLimit },
    alarms,
    backupRetentionDays,
    idempotencyHours,
  };
}

function readFrontEnds(r: Reader, production: boolean, stage: string): FrontEnd[] {
  const raw = r.json('frontEnds');
  if (raw === null) return []; // not JSON: already reported
  if (raw === undefined && production) {
    r.problem(`frontEnds: is required on the production stage "${stage}" — e.g. [{"name":"portal","origin":"https://lxp.<trust>.nhs.uk"}]`);
    return [];
  }
  const value = raw ?? DEFAULTS.frontEnds;
  if (!Array.isArray(value) || value.length === 0) {
    r.problem('frontEnds: must be a non-empty JSON array of {"name", "origin", "callbackUrls"?, "logoutUrls"?}');
    return [];
  }
  const names = new Set<string>();
  return value.flatMap((entry: unknown, i): FrontEnd[] => {
    const at = `frontEnds[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      r.problem(`${at}: must be an object {"name", "origin", "callbackUrls"?, "logoutUrls"?}`);
      return [];
    }
    const { name, origin, callbackUrls, logoutUrls, ...rest } = entry as Record<string, unknown>;
    for (const key of Object.keys(rest)) r.problem(`${at}.${key}: is not a front-end setting (name, origin, callbackUrls, logoutUrls)`);
    if (typeof name !== 'string' || !/^[a-z][a-z0-9-]{0,29}$/.test(name)) {
      r.problem(`${at}.name: must be 1–30 lower-case letters, digits or hyphens, starting with a letter, got ${JSON.stringify(name)}`);
    } else if (names.has(name)) {
      r.problem(`${at}.name: "${name}" is used by another front end`);
    } else {
      names.add(name);
    }
    if (typeof origin !== 'string') {
      r.problem(`${at}.origin: is required, e.g. "https://lxp.example.nhs.uk"`);
      return [];
    }
    r.checkOrigin(`${at}.origin`, origin, production);
    const urls = (key: string, list: unknown, fallback: string[]): string[] => {
      if (list === undefined) return fallback;
      if (!Array.isArray(list) || list.length === 0 || !list.every((u) => typeof u === 'string')) {
        r.problem(`${at}.${key}: must be a non-empty array of URLs`);
        return [];
      }
      list.forEach((u: string, j) => r.checkUrl(`${at}.${key}[${j}]`, u, { production, localHttp: true }));
      return list as string[];
    };
    return [
      {
        name: String(name),
        origin,
        callbackUrls: urls('callbackUrls', callbackUrls, [`${origin}/`]),
        logoutUrls: urls('logoutUrls', logoutUrls, [`${origin}/`]),
      },
    ];
  });
}

/** Typed access to context values, recording a problem (and returning a fallback) when a value is malformed. */
class Reader {
  constructor(
    private readonly lookup: (key: string) => unknown,
    private readonly problems: string[],
  ) {}

  problem(message: string): void {
    this.problems.push(message);
  }

  has(key: ContextKey): boolean {
    const value = this.lookup(key);
    return value !== undefined && value !== null && value !== '';
  }

  string(key: ContextKey): string | undefined {
    const value = this.lookup(key);
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') {
      this.problem(`${key}: must be a string, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value.trim();
  }

  oneOf<T extends string>(key: ContextKey, allowed: readonly T[]): T | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problem(`${key}: "${value}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
      return undefined;
    }
    return value as T;
  }

  integer(key: ContextKey, fallback: number, min: number, max: number): number {
    const value = this.lookup(key);
    if (value === undefined || value === null || value === '') return fallback;
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      this.problem(`${key}: must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
      return fallback;
    }
    return n;
  }

  /** A JSON value: typed in cdk.json, or a JSON string from `-c key='[...]'`. */
  json(key: ContextKey): unknown {
    const value = this.lookup(key);
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      this.problem(`${key}: is not valid JSON: ${value}`);
      return null;
    }
  }

  /** A list of strings: a JSON array, or a comma-separated string. */
  list(key: ContextKey): string[] | undefined {
    const value = this.lookup(key);
    if (value === undefined || value === null || value === '') return undefined;
    const parsed = typeof value === 'string' && value.trim().startsWith('[') ? this.json(key) : value;
    const items = typeof parsed === 'string' ? parsed.split(',') : parsed;
    if (!Array.isArray(items) || !items.every((i) => typeof i === 'string')) {
      this.problem(`${key}: must be a list of strings (a JSON array, or comma-separated), got ${JSON.stringify(value)}`);
      return undefined;
    }
    return items.map((i: string) => i.trim()).filter(Boolean);
  }

  /** A browser origin as CORS compares it: `https://host[:port]`, exactly (http only for localhost outside production). */
  checkOrigin(at: string, value: string, production: boolean): void {
    const url = parseUrl(value);
    const local = url !== undefined && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
    const wellFormed = url !== undefined && url.origin === value && !value.includes('*');
    if (!wellFormed || (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))) {
      this.problem(
        `${at}: "${value}" is not an origin — write it as https://host[:port] in lower case, with no path, wildcard or trailing slash${production ? '' : ' (http://localhost:<port> is allowed outside production)'}`,
      );
      return;
    }
    if (production) this.checkNotLocalOrPlaceholder(at, value, url);
  }

  /**
   * An absolute https URL without a fragment. With `localHttp`, http://localhost is accepted outside production
   * (a developer's front end); AWS-side settings (issuer, JWKS) must always be https.
   */
  checkUrl(at: string, value: string, { production, localHttp }: { production: boolean; localHttp: boolean }): void {
    const url = parseUrl(value);
    const local = url !== undefined && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
    const httpAllowed = localHttp && local && !production;
    if (url === undefined || url.hash !== '' || (url.protocol !== 'https:' && !(url.protocol === 'http:' && httpAllowed))) {
      this.problem(
        `${at}: "${value}" must be an absolute https:// URL without a fragment${localHttp && !production ? ' (http://localhost is allowed outside production)' : ''}`,
      );
      return;
    }
    if (production) this.checkNotLocalOrPlaceholder(at, value, url);
  }

  private checkNotLocalOrPlaceholder(at: string, value: string, url: URL): void {
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') {
      this.problem(`${at}: "${value}" is a local address, not allowed on a production stage`);
    } else if (url.hostname.split('.').includes('example')) {
      this.problem(`${at}: "${value}" is a placeholder (example domain), not allowed on a production stage`);
    }
  }
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
