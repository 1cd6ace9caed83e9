import { defineConfig } from 'vitest/config'

/** Opt-in smoke tests against real network accounts (tests/live): `npm run test:live`, never in CI. */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'live', environment: 'node', include: ['tests/live/**/*.test.ts'], testTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
})
