import { createRequire } from 'node:module';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// graphql ships CJS (main) and ESM (module) builds; Node, tsx and esbuild (platform node) load the CJS
// one, and so must the tests, or the CJS-only graphql-tools would see a second "graphql" realm.
const resolve: ViteUserConfig['resolve'] = { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] };

/**
 * Four projects. `unit` and `infra` need nothing running; `api` (with the authorisation suites) runs against
 * one DynamoDB Local, table, paper data and development issuer for the whole run (test/support/globalSetup.ts),
 * which workers receive through `inject('env')`; `e2e` drives a browser against a server of its own.
 * `npx vitest run --project unit` runs one project.
 */
export default defineConfig({
  resolve,
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ['default', './test/support/summaryReporter.ts'],
    projects: [
      // `extends: true`: each project keeps the settings above (timeouts, pool, the graphql alias).
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'infra', include: ['test/infra/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts', 'test/authz/**/*.test.ts', 'test/security/**/*.test.ts'],
          globalSetup: ['test/support/globalSetup.ts'],
          setupFiles: ['test/support/workerEnv.ts'],
        },
      },
      // Headless Chromium against `npm start --in-memory` in a process of its own (test/e2e/support/serverSetup.ts),
      // so programme-wide figures are the paper's whatever the API suites write; one browser at a time.
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/serverSetup.ts'],
          setupFiles: ['test/support/workerEnv.ts'],
          testTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
