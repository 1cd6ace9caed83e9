import { defineConfig } from 'vitest/config'

import { TEST_ENV } from './vitest.env'

const shared = {
  environment: 'node' as const,
  env: TEST_ENV,
}

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        // A busy 2-core CI machine runs the heaviest unit files (generated payloads) 2–3× slower than a quiet one.
        test: { ...shared, name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          fileParallelism: false,
          hookTimeout: 120_000,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          fileParallelism: false,
          hookTimeout: 300_000,
          testTimeout: 180_000,
        },
      },
    ],
  },
})
