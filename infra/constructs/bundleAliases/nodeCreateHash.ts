/**
 * Stands in for `@apollo/utils.createhash` in the function bundle. That package picks Node's crypto through
 * `module.require`, which a bundled CommonJS wrapper does not have, so bundled it falls back to the pure
 * JavaScript `sha.js` (and its polyfills) — slower, for the schema hash Apollo Server computes at start-up.
 */
export { createHash } from 'node:crypto';
