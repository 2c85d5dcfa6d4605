import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { bundledDatasets } from './scripts/vite-plugin-bundled-datasets.ts';

export default defineConfig({
  plugins: [react(), bundledDatasets()],
  test: {
    // Vitest's default is one worker fewer than the cores: one on a 2-core CI machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Pure code needs no DOM: a test file that does says so in its first line
          // (`// @vitest-environment jsdom`), which spares the others jsdom's start-up.
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          setupFiles: ['tests/setup.ts'],
          // No test may depend on the machine being fast: heavy jsdom renders get a generous limit,
          // and polls wait long enough for a loaded machine (they still fail when the thing never comes).
          testTimeout: 30_000,
          hookTimeout: 30_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          expect: { poll: { timeout: 15_000 } },
          // Each file runs its own server and Chromium; two at once keep both cores busy while one waits.
          fileParallelism: true,
        },
      },
    ],
  },
});
