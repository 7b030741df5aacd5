import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** The one route: GraphQL over POST (queries and mutations alike). */
export const GRAPHQL_PATH = '/graphql';

/** Request headers a browser front end may send cross-origin. */
export const CORS_ALLOW_HEADERS = ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * The access log line: who called what, when, with what outcome and latency — no tokens, no claims and no
 * request bodies (they may carry special-category data).
 */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  sourceIp: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  httpMethod: '$context.httpMethod',
  path: '$context.path',
  routeKey: '$context.routeKey',
  protocol: '$context.protocol',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integration.status',
  integrationLatency: '$context.integration.latency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  errorMessage: '$context.error.message',
};

export interface GraphqlHttpApiProps {
  stage: string;
  handler: lambda.IFunction;
  /** Token issuer the JWT authorizer trusts (the same the function verifies with jose). */
  issuer: string;
  /** Accepted `aud` (or Cognito `client_id`) values. */
  audiences: string[];
  /** Exact origins CORS allows. */
  corsOrigins: string[];
  /** The key that encrypts the access log group. */
  logKey: kms.IKey;
  /** @default 365 days */
  logRetentionDays?: number;
  /**
   * Steady-state requests per second across the API.
   * @default 50
   */
  rateLimit?: number;
  /**
   * Burst of requests above the rate.
   * @default 100
   */
  burstLimit?: number;
}

/**
 * The HTTP API (API Gateway v2) in front of the function: `POST /graphql` behind a JWT authorizer on the
 * function's issuer and audiences (the function verifies the token again with jose), CORS for exactly the
 * configured front-end origins (no credentials, preflight cached for an hour), stage-wide throttling, and JSON
 * access logs in an encrypted log group. The `$default` stage serves the API at the root of its URL.
 */
export class GraphqlHttpApi extends Construct {
  readonly api: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly accessLogGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: GraphqlHttpApiProps) {
    super(scope, id);
    this.api = new apigwv2.HttpApi(this, 'Api', {
      apiName: `lxp-${props.stage}`,
      description: `LXP Programme Platform GraphQL API (${props.stage})`,
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.corsOrigins,
        allowMethods: [apigwv2.CorsHttpMethod.POST, apigwv2.CorsHttpMethod.OPTIONS],
        allowHeaders: CORS_ALLOW_HEADERS,
        allowCredentials: false,
        maxAge: Duration.hours(1),
      },
    });

    const authorizer = new HttpJwtAuthorizer('JwtAuthorizer', props.issuer, {
      jwtAudience: props.audiences,
      identitySource: ['$request.header.Authorization'],
    });
    this.api.addRoutes({
      path: GRAPHQL_PATH,
      methods: [apigwv2.HttpMethod.POST],
      integration: new HttpLambdaIntegration('GraphqlIntegration', props.handler, {
        payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_2_0,
      }),
      authorizer,
    });

    this.accessLogGroup = new logs.LogGroup(this, 'AccessLogs', {
      retention: (props.logRetentionDays ?? 365) as logs.RetentionDays,
      encryptionKey: props.logKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit ?? 50, burstLimit: props.burstLimit ?? 100 },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogGroup),
        format: apigw.AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
  }

  /** The GraphQL endpoint URL. */
  get graphqlUrl(): string {
    return `${this.api.apiEndpoint}${GRAPHQL_PATH}`;
  }
}
