// Test runner configuration: real registers, real servers; the graph is built once (globalSetup) and modules are
// shared between the test files of one process (isolate: false), since no test mutates module state.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most test time is spent waiting (servers, timeouts, the browser): two files at a time even on two cores,
    // where vitest's default (cores - 1) would run one.
    maxWorkers: Math.max(2, availableParallelism()),
    isolate: false,
    // Measured when asked (`npm test -- --coverage`, as .ci/run does); worker threads report theirs too.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'test-artifacts/coverage',
      // A failed run still says how much of src/ its tests reached.
      reportOnFailure: true,
    },
  },
});
