/**
 * Stands in for the AWS SDK's lookup of the region in the EC2 instance metadata service in the function bundle.
 * The SDK asks it only when no region is configured, or in the `auto` defaults mode outside Lambda; the DynamoDB
 * client is given both its region and `defaultsMode: 'legacy'` (functions/db/client.ts), so it is never called.
 */
export async function getInstanceMetadataRegion(): Promise<never> {
  throw new Error('The instance metadata region lookup is not bundled in this function');
}
