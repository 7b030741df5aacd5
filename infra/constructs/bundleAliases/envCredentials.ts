/**
 * Stands in for `@aws-sdk/credential-provider-node` in the function bundle. A Lambda function's credentials
 * are always in its environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), so the
 * default chain's SSO, ini-file, process, web-identity, container and instance-metadata providers (and the
 * nested STS/SSO clients they bring) are code a Lambda never runs. The client also names this provider
 * explicitly (functions/db/client.ts), so the bundle and the tests resolve credentials the same way.
 */
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
