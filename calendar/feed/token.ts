import crypto from 'node:crypto'

/** A feed token is shown once; only its hash is stored, so a database leak reveals no feed URL. */
export function newFeedToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(24).toString('base64url')
  return { token, hash: hashFeedToken(token) }
}

export function hashFeedToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex')
}

export function looksLikeFeedToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{32}$/.test(value)
}
