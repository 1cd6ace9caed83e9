import { defineConfig } from 'vitest/config'

/**
 * The Bluesky connector against a real local PDS (tests/bluesky, its own npm workspace: run
 * `npm run test:bluesky:install` first). Kept out of vitest.config.ts: the PDS's install compiles
 * better-sqlite3, and it starts in 8–20 s.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'bluesky',
          environment: 'node',
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
