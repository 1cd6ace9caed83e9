import type { Channel } from '../../src/channels'
import { validityEnd, validityStart } from '../../src/time/validityStart'
import { DEFAULT_TIME_ZONE } from '../../src/time/zonedTime'
import type { ConsentFacts } from './types'

export type ConsentCheck = {
  /** When the post is published. */
  instant: Date
  now: Date
  /** Every channel of the post; the consent must cover all of them. */
  channels: readonly Channel[]
  /** The organisation's zone: a consent starting on a day counts from that day's first moment there. */
  zone?: string
}

/**
 * PRIV-1 (and PRIV-2, PRIV-3): a consent is valid when it has started (its first day has begun in
 * the organisation's zone, src/time/validityStart.ts), has
 * not expired (expiresAt > instant: a consent expiring exactly at the instant is not valid), is
 * not revoked and covers every channel of the post. A revocation counts from its date: once it is
 * past (revokedAt ≤ now) the consent is revoked even for a post scheduled earlier, and a
 * revocation dated before the publication also voids it; a revocation later than both is not
 * effective yet. Unreadable dates make the consent invalid.
 */
export function isConsentValid(consent: ConsentFacts, check: ConsentCheck): boolean {
  return isInForce(consent, check) && missingScopes(consent, check.channels).length === 0
}

export function isInForce(consent: ConsentFacts, { instant, now, zone }: Pick<ConsentCheck, 'instant' | 'now' | 'zone'>): boolean {
  const at = instant.getTime()
  if (consent.revokedAt) {
    const revokedAt = Date.parse(consent.revokedAt)
    if (Number.isNaN(revokedAt) || revokedAt <= now.getTime() || revokedAt <= at) return false
  }
  if (consent.validFrom) {
    const startsAt = validityStart(consent.validFrom, zone ?? DEFAULT_TIME_ZONE)
    if (startsAt === null || startsAt > at) return false
  }
  if (consent.expiresAt) {
    const expiresAt = validityEnd(consent.expiresAt, zone ?? DEFAULT_TIME_ZONE)
    if (expiresAt === null || expiresAt <= at) return false
  }
  return true
}

export function missingScopes(consent: ConsentFacts, channels: readonly Channel[]): Channel[] {
  return channels.filter((channel) => !consent.scopes.includes(channel))
}

/**
 * Null when one of the consents is valid. Otherwise the channels that lack a valid consent: every
 * channel when no consent is in force, else those missing from the consent in force that covers
 * most of them. (A post without channel only needs a consent in force; its gap is then [].)
 */
export function consentGap(consents: readonly ConsentFacts[], check: ConsentCheck): Channel[] | null {
  const gaps = consents.filter((consent) => isInForce(consent, check)).map((consent) => missingScopes(consent, check.channels))
  if (gaps.length === 0) return [...check.channels]
  const smallest = gaps.reduce((best, gap) => (gap.length < best.length ? gap : best))
  return smallest.length === 0 ? null : smallest
}
