import { validityEnd, validityStart } from '../../src/time/validityStart'
import { DEFAULT_TIME_ZONE } from '../../src/time/zonedTime'
import type { Channel } from '../../src/channels'
import { isInForce, missingScopes, type ConsentCheck } from './consentValidity'
import type { ConsentFacts } from './types'

/**
 * Why a person's consents do not authorise a post, as the one condition to fix (PRIV-1, PRIV-2):
 * - `channels`: a consent is in force but does not cover these networks of the post;
 * - `expired`: the consent ended before the publication (the latest end is given);
 * - `notYetValid`: the consent starts after the publication (the earliest start);
 * - `revoked`: the person withdrew it (the latest withdrawal);
 * - `none`: no consent is recorded.
 * Null when one of the consents authorises the post.
 */
export type ConsentProblem =
  | { kind: 'channels'; channels: Channel[] }
  | { kind: 'expired'; on: Date }
  | { kind: 'notYetValid'; from: Date }
  | { kind: 'revoked'; on: Date }
  | { kind: 'none' }

export type ConsentProblemKind = ConsentProblem['kind']

export function consentProblem(consents: readonly ConsentFacts[], check: ConsentCheck): ConsentProblem | null {
  const inForce = consents.filter((consent) => isInForce(consent, check))
  if (inForce.length > 0) {
    const gaps = inForce.map((consent) => missingScopes(consent, check.channels))
    const smallest = gaps.reduce((best, gap) => (gap.length < best.length ? gap : best))
    return smallest.length === 0 ? null : { kind: 'channels', channels: smallest }
  }
  const revoked = consents.filter((consent) => isRevoked(consent, check))
  const standing = consents.filter((consent) => !revoked.includes(consent))
  const zone = check.zone ?? DEFAULT_TIME_ZONE
  const ends = standing
    .map((consent) => (consent.expiresAt ? validityEnd(consent.expiresAt, zone) : null))
    .filter((end): end is number => end !== null && end <= check.instant.getTime())
    .map((end) => new Date(end))
  if (ends.length > 0) return { kind: 'expired', on: latest(ends) }
  const notStarted = standing.filter((consent) => {
    const startsAt = consent.validFrom ? validityStart(consent.validFrom, zone) : null
    return startsAt !== null && startsAt > check.instant.getTime()
  })
  const starts = datesOf(notStarted, 'validFrom')
  if (starts.length > 0) return { kind: 'notYetValid', from: earliest(starts) }
  const withdrawals = datesOf(revoked, 'revokedAt')
  if (withdrawals.length > 0) return { kind: 'revoked', on: latest(withdrawals) }
  return { kind: 'none' }
}

function isRevoked(consent: ConsentFacts, { instant, now }: ConsentCheck): boolean {
  if (!consent.revokedAt) return false
  const revokedAt = Date.parse(consent.revokedAt)
  return Number.isNaN(revokedAt) || revokedAt <= now.getTime() || revokedAt <= instant.getTime()
}

function datesOf(consents: readonly ConsentFacts[], field: 'validFrom' | 'revokedAt'): Date[] {
  return consents
    .map((consent) => (consent[field] ? new Date(consent[field] as string) : null))
    .filter((date): date is Date => date !== null && !Number.isNaN(date.getTime()))
}

const latest = (dates: Date[]) => dates.reduce((a, b) => (b > a ? b : a))
const earliest = (dates: Date[]) => dates.reduce((a, b) => (b < a ? b : a))
