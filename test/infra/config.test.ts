import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, PLACEHOLDER_ORIGIN, readStackConfig, type StackConfig } from '../../infra/config';

/** The configuration for a context given as `-c key=value` pairs or cdk.json values. */
const configFor = (context: Record<string, unknown>): StackConfig => readStackConfig((key) => context[key], Object.keys(context));

/** The problems a context is refused for (fails if it is accepted). */
function problemsOf(context: Record<string, unknown>): string[] {
  try {
    configFor(context);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('The context was accepted');
}

const OIDC = {
  identity: 'oidc',
  oidcIssuer: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
  oidcJwksUri: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/discovery/v2.0/keys',
  oidcAudiences: 'api://lxp-platform',
};
const PROD = { stage: 'prod', frontEnds: [{ name: 'portal', origin: 'https://lxp.trust.nhs.uk' }], alarmEmail: 'lxp-ops@trust.nhs.uk' };

describe('defaults', () => {
  it('describe a dev stage with a Cognito pool and the placeholder front end, in production API mode', () => {
    const config = configFor({});
    expect(config).toMatchObject({
      stage: 'dev',
      production: false,
      apiMode: 'production',
      identity: { mode: 'cognito', rolesClaim: 'cognito:groups', domainPrefix: undefined },
      frontEnds: [
        { name: 'portal', origin: PLACEHOLDER_ORIGIN, callbackUrls: [`${PLACEHOLDER_ORIGIN}/`], logoutUrls: [`${PLACEHOLDER_ORIGIN}/`] },
      ],
      corsOrigins: [PLACEHOLDER_ORIGIN],
      logRetentionDays: DEFAULTS.logRetentionDays,
      reservedConcurrency: DEFAULTS.reservedConcurrency,
      timeoutSeconds: DEFAULTS.timeoutSeconds,
      backupRetentionDays: DEFAULTS.backupRetentionDays,
    });
  });

  it('ignore CDK feature flags and CLI keys in the context', () => {
    expect(() =>
      configFor({ '@aws-cdk/core:newStyleStackSynthesis': true, 'aws:cdk:bundling-stacks': [], 'cli-telemetry': false }),
    ).not.toThrow();
  });
});

describe('values from -c key=value arrive as strings', () => {
  it('reads numbers from strings', () => {
    expect(configFor({ reservedConcurrency: '50', logRetentionDays: '90', timeoutSeconds: '20' })).toMatchObject({
      reservedConcurrency: 50,
      logRetentionDays: 90,
      timeoutSeconds: 20,
    });
  });

  it('reads lists as JSON arrays or comma-separated strings', () => {
    expect(configFor({ ...OIDC, oidcAudiences: 'a, b' }).identity).toMatchObject({ audiences: ['a', 'b'] });
    expect(configFor({ ...OIDC, oidcAudiences: '["a","b"]' }).identity).toMatchObject({ audiences: ['a', 'b'] });
    expect(configFor({ ...OIDC, oidcAudiences: ['a', 'b'] }).identity).toMatchObject({ audiences: ['a', 'b'] });
  });

  it('reads front ends from a JSON string, and merges their origins with allowedOrigins for CORS', () => {
    const config = configFor({
      frontEnds:
        '[{"name":"portal","origin":"https://lxp.example.nhs.uk"},{"name":"staff","origin":"https://staff.example.nhs.uk","callbackUrls":["https://staff.example.nhs.uk/auth"]}]',
      allowedOrigins: 'https://reports.example.nhs.uk,https://lxp.example.nhs.uk',
    });
    expect(config.frontEnds.map((f) => f.name)).toEqual(['portal', 'staff']);
    expect(config.frontEnds[1]!.callbackUrls).toEqual(['https://staff.example.nhs.uk/auth']);
    expect(config.corsOrigins).toEqual(['https://lxp.example.nhs.uk', 'https://staff.example.nhs.uk', 'https://reports.example.nhs.uk']);
  });
});

describe('clear errors for bad context', () => {
  it('refuses an origin with a path, a trailing slash, a wildcard or plain http', () => {
    for (const origin of [
      'https://lxp.example.nhs.uk/',
      'https://lxp.example.nhs.uk/app',
      'https://*.example.nhs.uk',
      'http://lxp.example.nhs.uk',
      'lxp.example.nhs.uk',
    ]) {
      expect(problemsOf({ allowedOrigins: [origin] })).toEqual([
        expect.stringMatching(/^allowedOrigins\[0\]: ".*" is not an origin — write it as https:\/\/host\[:port\]/),
      ]);
    }
  });

  it('accepts http://localhost origins outside production only', () => {
    expect(configFor({ allowedOrigins: 'http://localhost:5173' }).corsOrigins).toContain('http://localhost:5173');
    expect(problemsOf({ ...PROD, allowedOrigins: 'http://localhost:5173' })).toEqual([expect.stringContaining('allowedOrigins[0]')]);
  });

  it('requires an issuer with identity=oidc', () => {
    expect(problemsOf({ identity: 'oidc', oidcAudiences: 'api://lxp' })).toEqual([
      expect.stringMatching(/^oidcIssuer: is required with identity=oidc/),
    ]);
  });

  it('requires at least one audience with identity=oidc', () => {
    expect(problemsOf({ ...OIDC, oidcAudiences: '' })).toEqual([expect.stringMatching(/^oidcAudiences: is required with identity=oidc/)]);
    expect(problemsOf({ ...OIDC, oidcAudiences: [] })).toEqual([expect.stringMatching(/^oidcAudiences: is required/)]);
  });

  it('refuses a plain-http issuer', () => {
    expect(problemsOf({ ...OIDC, oidcIssuer: 'http://issuer.example.org' })).toEqual([
      expect.stringMatching(/^oidcIssuer: .* must be an absolute https:\/\/ URL/),
    ]);
  });

  it('names the JWKS URI Entra ID needs when it is missing', () => {
    const { oidcJwksUri: _omitted, ...withoutJwks } = OIDC;
    const [problem, ...others] = problemsOf(withoutJwks);
    expect(others).toEqual([]);
    expect(problem).toMatch(/^oidcJwksUri: is required for Entra ID/);
    expect(problem).toContain('https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/discovery/v2.0/keys');
  });

  it('refuses OIDC settings in Cognito mode and Cognito settings in OIDC mode', () => {
    expect(problemsOf({ oidcIssuer: OIDC.oidcIssuer })).toEqual([expect.stringMatching(/^oidcIssuer: only applies with identity=oidc/)]);
    expect(problemsOf({ ...OIDC, cognitoDomainPrefix: 'lxp-dev' })).toEqual([
      expect.stringMatching(/^cognitoDomainPrefix: only applies with identity=cognito/),
    ]);
  });

  it('refuses development API mode on a production stage', () => {
    expect(problemsOf({ ...PROD, apiMode: 'development' })).toEqual([
      'apiMode: "development" (introspection on, unmasked errors) is not allowed on the production stage "prod"',
    ]);
    expect(configFor({ stage: 'test', apiMode: 'development' }).apiMode).toBe('development');
  });

  it('treats prod, production, live and prod-* as production stages', () => {
    for (const stage of ['prod', 'production', 'live', 'prod-north']) {
      expect(problemsOf({ stage, apiMode: 'development' })).toEqual(expect.arrayContaining([expect.stringMatching(/^apiMode: /)]));
    }
    expect(configFor({ stage: 'preprod', apiMode: 'development' }).production).toBe(false);
  });

  it('requires real front ends on a production stage: no default, no placeholder', () => {
    expect(problemsOf({ stage: 'prod', alarmEmail: PROD.alarmEmail })).toEqual([
      expect.stringMatching(/^frontEnds: is required on the production stage "prod"/),
    ]);
    expect(problemsOf({ ...PROD, frontEnds: [{ name: 'portal', origin: PLACEHOLDER_ORIGIN }] })).toEqual([
      expect.stringMatching(/^frontEnds\[0\]\.origin: .* is a placeholder/),
    ]);
    expect(
      problemsOf({
        ...PROD,
        frontEnds: [{ name: 'portal', origin: 'https://lxp.trust.nhs.uk', callbackUrls: ['http://localhost:3000/'] }],
      }),
    ).toEqual([
      expect.stringMatching(/^frontEnds\[0\]\.callbackUrls\[0\]: "http:\/\/localhost:3000\/" must be an absolute https:\/\/ URL/),
    ]);
    expect(configFor(PROD)).toMatchObject({ production: true, corsOrigins: ['https://lxp.trust.nhs.uk'] });
  });

  it('refuses malformed front ends, naming the entry and field', () => {
    expect(problemsOf({ frontEnds: '[{"name":"Portal","origin":"https://a.nhs.uk"},{"name":"staff"}]' })).toEqual([
      expect.stringMatching(/^frontEnds\[0\]\.name: must be 1–30 lower-case letters/),
      'frontEnds[1].origin: is required, e.g. "https://lxp.example.nhs.uk"',
    ]);
    expect(problemsOf({ frontEnds: '[{"name":"a","origin":"https://a.nhs.uk"},{"name":"a","origin":"https://b.nhs.uk"}]' })).toEqual([
      'frontEnds[1].name: "a" is used by another front end',
    ]);
    expect(problemsOf({ frontEnds: '{not json' })).toEqual(['frontEnds: is not valid JSON: {not json']);
    expect(problemsOf({ frontEnds: [] })).toEqual([expect.stringMatching(/^frontEnds: must be a non-empty JSON array/)]);
    expect(problemsOf({ frontEnds: [{ name: 'portal', origin: 'https://a.nhs.uk', redirect: 'x' }] })).toEqual([
      'frontEnds[0].redirect: is not a front-end setting (name, origin, callbackUrls, logoutUrls)',
    ]);
  });

  it('refuses a log retention CloudWatch does not offer, listing the ones it does', () => {
    expect(problemsOf({ logRetentionDays: 100 })).toEqual([
      expect.stringMatching(/^logRetentionDays: 100 is not a period CloudWatch Logs accepts; choose one of 1, 3, 5, 7, 14, 30, 60, 90,/),
    ]);
  });

  it('refuses numbers out of range or not whole', () => {
    expect(problemsOf({ reservedConcurrency: 0, timeoutSeconds: 30, memoryMb: '1.5' })).toEqual([
      'reservedConcurrency: must be a whole number from 1 to 1000, got 0',
      'timeoutSeconds: must be a whole number from 1 to 29, got 30',
      'memoryMb: must be a whole number from 128 to 10240, got "1.5"',
    ]);
  });

  it('refuses a burst below the rate, and a p99 alarm the timeout would pre-empt', () => {
    expect(problemsOf({ throttleRateLimit: 100, throttleBurstLimit: 10 })).toEqual([
      'throttleBurstLimit: 10 must be at least throttleRateLimit (100)',
    ]);
    expect(problemsOf({ timeoutSeconds: 3, alarmP99LatencyMs: 3000 })).toEqual([
      expect.stringMatching(/^alarmP99LatencyMs: 3000 ms must be below the function timeout/),
    ]);
  });

  it('requires someone to be notified of alarms on a production stage', () => {
    const { alarmEmail: _omitted, ...withoutEmail } = PROD;
    expect(problemsOf(withoutEmail)).toEqual([
      expect.stringMatching(/^alarmEmail: an alarm email \(or alarmTopicArn\) is required on the production stage "prod"/),
    ]);
    expect(configFor({ ...withoutEmail, alarmTopicArn: 'arn:aws:sns:eu-west-2:123456789012:ops' }).alarms.topicArn).toBe(
      'arn:aws:sns:eu-west-2:123456789012:ops',
    );
  });

  it('refuses a bad alarm email or topic ARN, or both at once', () => {
    expect(problemsOf({ alarmEmail: 'ops' })).toEqual(['alarmEmail: "ops" is not an email address']);
    expect(problemsOf({ alarmTopicArn: 'ops-topic' })).toEqual([
      expect.stringMatching(/^alarmTopicArn: "ops-topic" is not an SNS topic ARN/),
    ]);
    expect(problemsOf({ alarmEmail: 'ops@nhs.net', alarmTopicArn: 'arn:aws:sns:eu-west-2:123456789012:ops' })).toEqual([
      expect.stringMatching(/^alarmEmail: cannot be combined with alarmTopicArn/),
    ]);
  });

  it('refuses an unknown setting, listing the real ones', () => {
    expect(problemsOf({ logRetention: 30 })).toEqual([
      expect.stringMatching(/^logRetention: is not a setting of this app; the settings are: stage, apiMode, /),
    ]);
  });

  it('refuses an invalid stage name and enumerated values', () => {
    expect(problemsOf({ stage: 'Prod_1', identity: 'entra', logLevel: 'verbose' })).toEqual([
      expect.stringMatching(/^stage: "Prod_1" must be 1–20 lower-case letters/),
      'identity: "entra" must be one of "cognito", "oidc"',
      'logLevel: "verbose" must be one of "DEBUG", "INFO", "WARN", "ERROR"',
    ]);
  });

  it('reports every problem at once, in one error message', () => {
    const error = (() => {
      try {
        configFor({ stage: 'prod', apiMode: 'development', identity: 'oidc' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(
      /^Invalid CDK context \(set it in cdk.json or with -c key=value\):\n {2}- apiMode: .*\n {2}- oidcIssuer: .*\n {2}- oidcAudiences: .*\n {2}- frontEnds: /,
    );
  });
});
