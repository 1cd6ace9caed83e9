/** The environment every test project runs with (vitest.config.ts, vitest.bluesky.config.ts). */
export const TEST_ENV = {
  PAYLOAD_SECRET: 'balises-test-secret-not-for-production',
  NEXT_TELEMETRY_DISABLED: '1',
  LOG_LEVEL: 'error',
  // Network credentials' own key (src/connectors/credentialsCipher.ts); for tests only.
  BALISES_CREDENTIALS_KEY: '5ea1ed0000000000000000000000000000000000000000000000000000c0ffee',
}
