import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{packages,subgraphs,gateway,e2e}/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { APOLLO_TELEMETRY_DISABLED: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
});
