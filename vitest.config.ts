import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/setup/temp-root.ts'],
    // CLI and crash tests run the real binary, a process start each.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two test files at once: most of them wait on the processes and servers they start (on a
    // 2-core machine the default would run one file at a time).
    maxWorkers: 2,
  },
});
