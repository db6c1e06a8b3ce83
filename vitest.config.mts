import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (shared, db, cli, electron glue; real SQLite files in temp folders) and
 * `e2e` (the built app in browser mode, driven in Debian's Chromium). `npm test` builds first.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/{shared,db,cli,electron,renderer}/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
