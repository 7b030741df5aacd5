/**
 * Stands in for `@aws-sdk/endpoint-cache` (and the `mnemonist` LRU cache it brings) in the function bundle.
 * The DynamoDB client creates an endpoint cache for endpoint discovery when it is constructed, but only a
 * command that adds the endpoint-discovery middleware ever reads or fills it, and none of the DynamoDB commands
 * does (DynamoDB's endpoints come from its endpoint rules). So the cache is created, empty, and never touched.
 */
export class EndpointCache {
  getEndpoint(): never {
    return untouched();
  }
  get(): never {
    return untouched();
  }
  set(): never {
    return untouched();
  }
  delete(): never {
    return untouched();
  }
  has(): never {
    return untouched();
  }
  clear(): never {
    return untouched();
  }
}

function untouched(): never {
  throw new Error('AWS SDK endpoint discovery is not bundled in this function');
}
