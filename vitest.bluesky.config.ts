import { defineConfig } from 'vitest/config'

import { TEST_ENV } from './vitest.env'

/**
 * The Bluesky connector against a real local PDS (tests/bluesky, its own npm workspace: run
 * `npm run test:bluesky:install` first). Kept out of vitest.config.ts: the PDS's install compiles
 * better-sqlite3, and it starts in 8–20 s. publication.test.ts runs Payload too: the same paths and
 * environment as the int project of vitest.config.ts.
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'bluesky',
          environment: 'node',
          env: TEST_ENV,
          include: ['tests/bluesky/**/*.test.ts'],
          exclude: ['**/node_modules/**'],
          fileParallelism: false,
          hookTimeout: 180_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
})
