/**
 * Stands in for the AWS SDK's pure-JavaScript SHA-256 in the function bundle. The SDK signs requests with
 * Node's `crypto` and falls back to this class only where `createHash('sha256')` throws, which Node.js never does.
 */
export class Sha256Js {
  constructor() {
    throw new Error('The pure-JavaScript SHA-256 is not bundled in this function');
  }
}
