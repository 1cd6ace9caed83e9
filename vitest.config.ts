import { defineConfig } from 'vitest/config'

const shared = {
  environment: 'node' as const,
  env: {
    PAYLOAD_SECRET: 'balises-test-secret-not-for-production',
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'error',
    // Network credentials' own key (src/connectors/credentialsCipher.ts); for tests only.
    BALISES_CREDENTIALS_KEY: '5ea1ed0000000000000000000000000000000000000000000000000000c0ffee',
  },
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
