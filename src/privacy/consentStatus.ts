import { validityEnd, validityStart } from '../time/validityStart'
import { DEFAULT_TIME_ZONE } from '../time/zonedTime'

/** What a consent's badge says (people edit view, image's people list). */
export type ConsentBadge =
  | { kind: 'inForce' }
  | { kind: 'expiresOn'; date: string }
  | { kind: 'notYet'; date: string }
  | { kind: 'expired' }
  | { kind: 'withdrawnOn'; date: string }

export type ConsentState = {
  badge: ConsentBadge
  /** PRIV-4: neither the signed form nor where it is kept. */
  noForm: boolean
  /** In force now (started, not expired, not withdrawn), whatever the form. */
  inForce: boolean
}

type ConsentLike = {
  validFrom?: string | null
  expiresAt?: string | null
  revokedAt?: string | null
  evidence?: unknown
  evidenceWaiver?: string | null
}

/** A consent expiring within this many days says when (« Expire le … ») rather than « En vigueur ». */
export const EXPIRY_NOTICE_DAYS = 60

const time = (value: string | null | undefined): number | null => {
  if (!value) return null
  const parsed = Date.parse(value)
  return Number.isNaN(parsed) ? null : parsed
}

export function consentState(consent: ConsentLike, now: Date = new Date(), zone: string = DEFAULT_TIME_ZONE): ConsentState {
  const noForm = !consent.evidence && !String(consent.evidenceWaiver ?? '').trim()
  const at = now.getTime()
  const revokedAt = time(consent.revokedAt)
  if (consent.revokedAt && (revokedAt === null || revokedAt <= at)) {
    return { badge: { kind: 'withdrawnOn', date: consent.revokedAt }, noForm, inForce: false }
  }
  const expiresAt = consent.expiresAt ? validityEnd(consent.expiresAt, zone) : null
  if (consent.expiresAt && (expiresAt === null || expiresAt <= at)) return { badge: { kind: 'expired' }, noForm, inForce: false }
  const startsAt = consent.validFrom ? validityStart(consent.validFrom, zone) : null
  if (consent.validFrom && (startsAt === null || startsAt > at)) {
    return { badge: { kind: 'notYet', date: consent.validFrom }, noForm, inForce: false }
  }
  if (expiresAt !== null && expiresAt - at <= EXPIRY_NOTICE_DAYS * 24 * 3600_000) {
    return { badge: { kind: 'expiresOn', date: consent.expiresAt! }, noForm, inForce: true }
  }
  return { badge: { kind: 'inForce' }, noForm, inForce: true }
}

/** A person's best consent for the image's list: one in force with its form, else one in force, else the latest. */
export function bestConsentState(consents: ConsentLike[], now: Date = new Date()): ConsentState | null {
  const states = consents.map((consent) => consentState(consent, now))
  return states.find((state) => state.inForce && !state.noForm) ?? states.find((state) => state.inForce) ?? states[0] ?? null
}
