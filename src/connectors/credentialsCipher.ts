import crypto from 'node:crypto'

/**
 * Channel credentials are encrypted at rest with AES-256-GCM under a key of their own
 * (`BALISES_CREDENTIALS_KEY`: 32 bytes, hex or base64), never PAYLOAD_SECRET: rotating the sessions'
 * secret must not lose the networks, and a leaked session secret must not open them.
 *
 * Rotation: put the new key in `BALISES_CREDENTIALS_KEY` and the old one in
 * `BALISES_CREDENTIALS_KEY_PREVIOUS`; every credential is decrypted with whichever key made it (the
 * stored value names its key) and re-encrypted under the new one at its next use or by
 * `npm run credentials:rotate`. Drop the previous key once that command reports nothing left.
 */

const VERSION = 'v1'

export type CredentialsKeys = { current: Buffer; previous?: Buffer }

export class CredentialsKeyError extends Error {}

function parseKey(value: string, name: string): Buffer {
  const trimmed = value.trim()
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64')
  if (key.length !== 32)
    throw new CredentialsKeyError(`[balises] ${name} must be 32 bytes, in hex (64 characters) or base64 (openssl rand -hex 32)`)
  return key
}

export function keysFromEnv(env: Record<string, string | undefined> = process.env): CredentialsKeys {
  const current = env.BALISES_CREDENTIALS_KEY
  if (!current?.trim()) {
    throw new CredentialsKeyError(
      '[balises] BALISES_CREDENTIALS_KEY is not set: network credentials cannot be stored or read (openssl rand -hex 32)',
    )
  }
  const previous = env.BALISES_CREDENTIALS_KEY_PREVIOUS
  return {
    current: parseKey(current, 'BALISES_CREDENTIALS_KEY'),
    previous: previous?.trim() ? parseKey(previous, 'BALISES_CREDENTIALS_KEY_PREVIOUS') : undefined,
  }
}

/** A short public name of a key, stored beside what it encrypted (not secret: a hash prefix). */
export function keyId(key: Buffer): string {
  return crypto.createHash('sha256').update(key).digest('hex').slice(0, 12)
}

export function encryptSecret(plain: string, keys: CredentialsKeys = keysFromEnv()): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', keys.current, iv)
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  const tag = cipher.getAuthTag()
  return [VERSION, keyId(keys.current), iv.toString('base64'), tag.toString('base64'), data.toString('base64')].join(':')
}

export type Decrypted = { plain: string; /** Made with the previous key: re-encrypt it. */ stale: boolean }

export function decryptSecret(stored: string, keys: CredentialsKeys = keysFromEnv()): Decrypted {
  const [version, id, iv, tag, data] = stored.split(':')
  if (version !== VERSION || !iv || !tag || data === undefined)
    throw new CredentialsKeyError('[balises] stored credentials are not in a known format')
  const key = [keys.current, keys.previous].find((candidate) => candidate && keyId(candidate) === id)
  if (!key) {
    throw new CredentialsKeyError(
      '[balises] stored credentials were encrypted with a key that is neither BALISES_CREDENTIALS_KEY nor BALISES_CREDENTIALS_KEY_PREVIOUS',
    )
  }
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'))
  decipher.setAuthTag(Buffer.from(tag, 'base64'))
  const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8')
  return { plain, stale: key !== keys.current }
}
