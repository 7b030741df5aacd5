import { execute, versionInfo, type ExecutionArgs, type ExecutionResult } from 'graphql';

/**
 * Replaces Apollo Server's `incrementalDeliveryPolyfill.js` in the function bundle. The original asks
 * `await import('graphql')` on every request whether graphql 17's `experimentalExecuteIncrementally` exists;
 * a dynamic import of the whole package is a namespace esbuild cannot tree-shake, so it kept every graphql-js
 * module in the bundle (schema diffing, introspection clients, sorting…), some 37 KB never run. With graphql 16
 * the original always ends in `execute(args)` (or in the legacy hook, which this project does not configure);
 * this module does the same without the namespace, and refuses to load under another major version.
 */
if (versionInfo.major !== 16) {
  throw new Error(`infra/constructs/bundleAliases/apolloExecuteGraphql16.ts is written for graphql 16, found ${versionInfo.major}`);
}

type Execute = (args: ExecutionArgs) => Promise<ExecutionResult> | ExecutionResult;

export async function executeIncrementally({
  useLegacyIncremental,
  legacyExperimentalExecuteIncrementally,
  ...args
}: ExecutionArgs & { useLegacyIncremental?: boolean; legacyExperimentalExecuteIncrementally?: Execute }) {
  if (useLegacyIncremental && legacyExperimentalExecuteIncrementally) return legacyExperimentalExecuteIncrementally(args);
  return execute(args);
}
