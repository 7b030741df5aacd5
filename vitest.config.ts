import { createRequire } from 'node:module';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// graphql ships CJS (main) and ESM (module) builds; Node, tsx and esbuild (platform node) load the CJS
// one, and so must the tests, or the CJS-only graphql-tools would see a second "graphql" realm.
const resolve: ViteUserConfig['resolve'] = { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] };

/**
 * Four suites. `unit` and `infra` need nothing running; `api` and `authz` run against one DynamoDB Local,
 * table, paper data and development issuer for the whole run (test/support/globalSetup.ts), which workers
 * receive through `inject('env')`. `npx vitest run --project unit` runs one suite.
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
    ],
  },
});
