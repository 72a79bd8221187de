import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'seed/src/**/*.test.ts', 'web/src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    // One database per run: files take turns, and each resets it to its own fixture.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    expect: { requireAssertions: true },
  },
});
