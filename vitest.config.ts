import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The federation packages load graphql's CommonJS build; the tests must share that one copy
  // (its ESM build would be a second realm whose types the first does not accept).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['{packages,subgraphs,gateway,e2e,clients}/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['e2e/global-setup.ts'],
    pool: 'forks',
    // Test files mostly wait on HTTP and databases: two at once even on two cores (the default
    // would run one) takes the suite from about 300 s to about 220 s here.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: {
      APOLLO_TELEMETRY_DISABLED: 'true',
      // Keys and secrets a test run generates stay out of the project's own .data/.
      DATA_DIR: join(tmpdir(), 'pharmacy-test-data'),
      // Every test client shares one address; the limit per account still applies.
      LOGIN_LIMIT_PER_ADDRESS: '100000',
      REGISTER_LIMIT_PER_ADDRESS: '100000',
      RATE_LIMIT_PER_ADDRESS: '100000',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    },
  },
});
