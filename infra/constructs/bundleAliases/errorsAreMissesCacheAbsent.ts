/**
 * Stands in for `@apollo/utils.keyvaluecache`'s `ErrorsAreMissesCache` in the function bundle. Apollo Server uses
 * only the package's `InMemoryLRUCache` and `PrefixingKeyValueCache`; its CommonJS index loads this third class
 * eagerly, but nothing constructs it.
 */
export class ErrorsAreMissesCache {
  constructor() {
    throw new Error('ErrorsAreMissesCache is not bundled in this function');
  }
}
