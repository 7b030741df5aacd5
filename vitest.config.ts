import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CJS (main) and ESM (module) builds; Node, tsx and esbuild (platform node) load the CJS
    // one, and so must the tests, or the CJS-only graphql-tools would see a second "graphql" realm.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // One DynamoDB Local, table, paper data and local server (the development issuer) for the whole run.
    globalSetup: ['test/support/globalSetup.ts'],
    setupFiles: ['test/support/workerEnv.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ['default', './test/support/summaryReporter.ts'],
    projects: [
      { extends: true, test: { name: 'api', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'node_modules/**'] } },
      // Headless Chromium against the local server; one browser at a time on a small machine.
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, fileParallelism: false } },
    ],
  },
});
