import { Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { only, synthesize, VARIANTS, type Synthesized } from './harness';

const fnOf = (template: Template) => only(template, 'AWS::Lambda::Function').Properties;
const envOf = (template: Template) => fnOf(template).Environment.Variables as Record<string, unknown>;

describe('an OIDC test stage with every setting changed', () => {
  let synth: Synthesized;
  let template: Template;
  beforeAll(() => {
    synth = synthesize(VARIANTS.oidc);
    template = synth.template;
  });
  afterAll(() => synth?.dispose());

  it('creates no user pool, and trusts the configured issuer and audiences at the API and in the function', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 0);
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 0);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      JwtConfiguration: { Issuer: VARIANTS.oidc.oidcIssuer, Audience: ['api://lxp-platform', '11111111-1111-1111-1111-111111111111'] },
    });
    expect(envOf(template)).toMatchObject({
      AUTH_ISSUER: VARIANTS.oidc.oidcIssuer,
      AUTH_AUDIENCES: 'api://lxp-platform,11111111-1111-1111-1111-111111111111',
      AUTH_JWKS_URI: VARIANTS.oidc.oidcJwksUri,
      AUTH_ROLES_CLAIM: 'roles',
    });
    expect(Object.keys(template.findOutputs('*'))).not.toContain('UserPoolId');
  });

  it('runs in development API mode, allowed on a non-production stage', () => {
    expect(envOf(template)).toMatchObject({ API_MODE: 'development', POWERTOOLS_LOG_LEVEL: 'DEBUG', IDEMPOTENCY_HOURS: '48' });
    expect(fnOf(template).LoggingConfig).toMatchObject({ ApplicationLogLevel: 'DEBUG' });
  });

  it('applies the function, API, log and backup settings', () => {
    expect(fnOf(template)).toMatchObject({ Timeout: 20, MemorySize: 512, ReservedConcurrentExecutions: 5 });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
    });
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    template.hasResourceProperties('AWS::Backup::BackupPlan', {
      BackupPlan: { BackupPlanRule: [Match.objectLike({ Lifecycle: { DeleteAfterDays: 90 } })] },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: { AllowOrigins: ['https://lxp-test.trust.nhs.uk'] } });
  });

  it('notifies the existing topic with the configured thresholds, creating none', () => {
    template.resourceCountIs('AWS::SNS::Topic', 0);
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([VARIANTS.oidc.alarmTopicArn]);
    const threshold = (metric: string) => alarms.find((a) => a.MetricName === metric)?.Threshold;
    expect([threshold('Errors'), threshold('5xx'), threshold('Throttles'), threshold('Duration'), threshold('Latency')]).toEqual([
      2, 2, 3, 5000, 5000,
    ]);
  });
});

describe('a Cognito production stage with several front ends', () => {
  let synth: Synthesized;
  let template: Template;
  beforeAll(() => {
    synth = synthesize(VARIANTS.production);
    template = synth.template;
  });
  afterAll(() => synth?.dispose());

  it('is its own stack with termination protection', () => {
    expect(synth.stack.stackName).toBe('LxpPlatform-prod');
    expect(synth.stack.terminationProtection).toBe(true);
  });

  it('has one app client per front end, with its callback URLs', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 2);
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'lxp-prod-portal',
      CallbackURLs: ['https://lxp.trust.nhs.uk/auth/callback'],
      LogoutURLs: ['https://lxp.trust.nhs.uk/'],
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'lxp-prod-staff-app',
      CallbackURLs: ['https://staff.trust.nhs.uk/'],
    });
    expect(Object.keys(template.findOutputs('*'))).toEqual(
      expect.arrayContaining(['UserPoolClientIdPortal', 'UserPoolClientIdStaffApp', 'HostedUiBaseUrl']),
    );
  });

  it('accepts tokens of every app client, at the API and in the function', () => {
    const clientIds = Object.keys(template.findResources('AWS::Cognito::UserPoolClient')).map((id) => ({ Ref: id }));
    const authorizer = only(template, 'AWS::ApiGatewayV2::Authorizer').Properties;
    expect(authorizer.JwtConfiguration.Audience).toEqual(clientIds);
    expect(envOf(template).AUTH_AUDIENCES).toEqual({ 'Fn::Join': ['', [clientIds[0], ',', clientIds[1]]] });
  });

  it('allows CORS from every front end and the extra allowed origins', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: { AllowOrigins: ['https://lxp.trust.nhs.uk', 'https://staff.trust.nhs.uk', 'https://reports.trust.nhs.uk'] },
    });
  });

  it('has the hosted sign-in domain and subscribes the alarm email', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'lxp-trust-prod' });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'lxp-ops@trust.nhs.uk' });
  });

  it('runs in production API mode', () => {
    expect(envOf(template).API_MODE).toBe('production');
  });
});
