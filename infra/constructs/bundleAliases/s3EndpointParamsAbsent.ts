/**
 * Stands in for the AWS SDK's S3-specific endpoint parameters in the function bundle: the endpoint middleware
 * calls `resolveParamsForS3` only for a client whose service is S3, and this function's only client is DynamoDB.
 */
function absent(): never {
  throw new Error('S3 endpoint customisations are not bundled in this function');
}

export const resolveParamsForS3 = absent;
export const isDnsCompatibleBucketName = absent;
export const isArnBucketName = absent;
export const DOT_PATTERN = /\./;
export const S3_HOSTNAME_PATTERN = /^(.+\.)?s3(-fips)?(\.dualstack)?[.-]([a-z0-9-]+)\./;
