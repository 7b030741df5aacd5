/**
 * Stands in for the AWS SDK's adaptive retry strategy and its client-side rate limiter in the function bundle.
 * The SDK builds one only for `retryMode: 'adaptive'`; the DynamoDB client sets `retryMode: 'standard'`
 * (functions/db/client.ts), which no environment variable or profile overrides, so it is never constructed.
 */
function absent(): never {
  throw new Error('The AWS SDK adaptive retry strategy is not bundled in this function');
}

export const AdaptiveRetryStrategy = absent;
export const DefaultRateLimiter = absent;
