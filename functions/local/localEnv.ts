import { DEV_AUDIENCE, DEV_ISSUER } from './devIssuer';

export const LOCAL_TABLE = 'lxp-local';

/** The environment the handler reads, pointed at DynamoDB Local and the development issuer. */
export function localEnvironment(dynamoDbEndpoint: string, port: number): Record<string, string> {
  return {
    API_MODE: 'development',
    TABLE_NAME: LOCAL_TABLE,
    DYNAMODB_ENDPOINT: dynamoDbEndpoint,
    AWS_REGION: 'eu-west-2',
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCES: DEV_AUDIENCE,
    AUTH_JWKS_URI: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    // Local runs may use Node 20; the deployed function runs Node 22, so the SDK's notice does not apply.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // CloudWatch embedded metrics are JSON lines on stdout: noise locally (the bundle test checks them).
    POWERTOOLS_METRICS_DISABLED: 'true',
  };
}
