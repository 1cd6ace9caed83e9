import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { CredentialsKeyError, decryptSecret, encryptSecret, keyId, keysFromEnv } from '../../../src/connectors/credentialsCipher'

const hexKey = () => crypto.randomBytes(32).toString('hex')

describe('network credentials at rest (AES-256-GCM, a key of their own)', () => {
  it('encrypts to a value that names its key and hides the secret, and decrypts it back', () => {
    const keys = keysFromEnv({ BALISES_CREDENTIALS_KEY: hexKey() })
    const stored = encryptSecret('app-password-1234', keys)
    expect(stored).toMatch(new RegExp(`^v1:${keyId(keys.current)}:`))
    expect(stored).not.toContain('app-password-1234')
    expect(encryptSecret('app-password-1234', keys)).not.toBe(stored)
    expect(decryptSecret(stored, keys)).toEqual({ plain: 'app-password-1234', stale: false })
  })

  it('rotation: a secret made with the previous key still opens, and says it must be stored again', () => {
    const old = hexKey()
    const stored = encryptSecret('jeton-mastodon', keysFromEnv({ BALISES_CREDENTIALS_KEY: old }))
    const rotated = keysFromEnv({
      BALISES_CREDENTIALS_KEY: crypto.randomBytes(32).toString('base64'),
      BALISES_CREDENTIALS_KEY_PREVIOUS: old,
    })
    expect(decryptSecret(stored, rotated)).toEqual({ plain: 'jeton-mastodon', stale: true })
    // Without the previous key, nothing opens it: the error says which keys were tried, not the secret.
    const without = keysFromEnv({ BALISES_CREDENTIALS_KEY: hexKey() })
    expect(() => decryptSecret(stored, without)).toThrow(/neither BALISES_CREDENTIALS_KEY nor BALISES_CREDENTIALS_KEY_PREVIOUS/)
  })

  it('a tampered value is refused (the tag authenticates it)', () => {
    const keys = keysFromEnv({ BALISES_CREDENTIALS_KEY: hexKey() })
    const parts = encryptSecret('page-token', keys).split(':')
    const data = Buffer.from(parts[4], 'base64')
    data[0] ^= 1
    parts[4] = data.toString('base64')
    expect(() => decryptSecret(parts.join(':'), keys)).toThrow()
  })

  it('a missing or short key is a configuration error, not a silent fallback on PAYLOAD_SECRET', () => {
    expect(() => keysFromEnv({ PAYLOAD_SECRET: 'x' })).toThrow(CredentialsKeyError)
    expect(() => keysFromEnv({ BALISES_CREDENTIALS_KEY: 'short' })).toThrow(/32 bytes/)
  })
})
