/**
 * Stands in for the DynamoDB client's endpoint-discovery command and settings in the function bundle. The
 * client hands both to its endpoint-discovery configuration when it is constructed, but only the
 * endpoint-discovery middleware ever sends the command or reads the setting, and no DynamoDB command adds that
 * middleware (as for the endpoint cache, endpointCacheAbsent.ts). The settings' loader is lazy: its selectors
 * run only when the setting is read.
 */
function absent(): never {
  throw new Error('AWS SDK endpoint discovery is not bundled in this function');
}

export class DescribeEndpointsCommand {
  constructor() {
    absent();
  }
}

export const NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS = {
  environmentVariableSelector: absent,
  configFileSelector: absent,
  default: undefined,
};
