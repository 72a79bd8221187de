import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The web app's unit tests import as the app does.
  resolve: { alias: { $lib: fileURLToPath(new URL('./web/src/lib', import.meta.url)) } },
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
