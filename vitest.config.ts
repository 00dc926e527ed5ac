import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CLI and crash tests run the real binary, a process start each.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
