import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/e2e/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    // PGlite start-up and a real browser take seconds, not milliseconds
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // two cores: more workers than that only adds contention
    maxWorkers: 2,
    reporters: ['default', './test-support/summary-reporter.ts'],
    // one fast-check seed for every property test in CI (test-support/fuzz.ts)
    setupFiles: ['./test-support/fast-check-seed.ts'],
  },
});
