import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    // tfjs keeps global engine state; one file per process keeps the tensor counts of tests apart.
    pool: 'forks',
  },
});
