import { describe, expect, it } from 'vitest'

import { defaultRetentionUntil, retentionMonths } from '../../../src/privacy/consentRetention'
import { bestConsentState, consentState } from '../../../src/privacy/consentStatus'
import { withdrawalMessage } from '../../../src/privacy/withdrawalOutcome'

describe('withdrawal confirmation: what the cascade did, with the right plurals', () => {
  it('says the counts in French', () => {
    expect(withdrawalMessage('fr', { unscheduled: 2, takedowns: 1 })).toBe(
      'Consentement retiré. 2 publications déprogrammées, 1 à retirer des réseaux (tâche créée).',
    )
    expect(withdrawalMessage('fr', { unscheduled: 1, takedowns: 3 })).toBe(
      'Consentement retiré. 1 publication déprogrammée, 3 à retirer des réseaux (tâches créées).',
    )
    expect(withdrawalMessage('fr', { unscheduled: 0, takedowns: 0 })).toBe(
      'Consentement retiré. Aucune publication déprogrammée, aucune à retirer des réseaux.',
    )
  })

  it('says the counts in English', () => {
    expect(withdrawalMessage('en', { unscheduled: 1, takedowns: 2 })).toBe(
      'Consent withdrawn. 1 post unscheduled, 2 to take down from the networks (tasks created).',
    )
    expect(withdrawalMessage('en', { unscheduled: 0, takedowns: 1 })).toBe(
      'Consent withdrawn. No post unscheduled, 1 to take down from the networks (task created).',
    )
  })
})

describe('PRIV-4: default retention date of a consent', () => {
  it('is the policy period after the expiry', () => {
    expect(defaultRetentionUntil({ expiresAt: '2027-01-31T12:00:00.000Z' }, 6)).toBe('2027-07-31T12:00:00.000Z')
  })

  it('falls back to 24 months when the policy has no (sensible) period', () => {
    expect(retentionMonths(undefined)).toBe(24)
    expect(retentionMonths(-3)).toBe(24)
    expect(retentionMonths(1.5)).toBe(24)
    expect(defaultRetentionUntil({ expiresAt: '2027-01-15T12:00:00.000Z' }, null)).toBe('2029-01-15T12:00:00.000Z')
  })

  it('counts from the withdrawal when there is one, and keeps the end of a short month', () => {
    expect(defaultRetentionUntil({ revokedAt: '2026-03-31T12:00:00.000Z', expiresAt: '2028-01-01T00:00:00.000Z' }, 11)).toBe(
      '2027-02-28T12:00:00.000Z',
    )
  })

  it('gives an open-ended consent no date yet: the purge must never destroy a consent still in force', () => {
    expect(defaultRetentionUntil({ validFrom: '2026-01-01T05:00:00.000Z' } as { expiresAt?: unknown }, 24)).toBeNull()
    expect(defaultRetentionUntil({}, 24)).toBeNull()
  })
})

describe('consent badges', () => {
  const now = new Date('2026-05-10T12:00:00.000Z')
  it('says in force, expiring soon, not yet, expired, withdrawn, and flags a missing form', () => {
    const form = { evidence: 3 }
    expect(consentState({ ...form, validFrom: '2026-01-01T00:00:00.000Z', expiresAt: '2027-01-01T00:00:00.000Z' }, now)).toEqual({
      badge: { kind: 'inForce' },
      noForm: false,
      inForce: true,
    })
    expect(consentState({ ...form, expiresAt: '2026-06-01T00:00:00.000Z' }, now).badge).toEqual({
      kind: 'expiresOn',
      date: '2026-06-01T00:00:00.000Z',
    })
    expect(consentState({ ...form, validFrom: '2026-06-01T00:00:00.000Z' }, now)).toMatchObject({
      badge: { kind: 'notYet' },
      inForce: false,
    })
    expect(consentState({ ...form, expiresAt: '2026-05-10T12:00:00.000Z' }, now).badge).toEqual({ kind: 'expired' })
    expect(consentState({ ...form, revokedAt: '2026-05-01T00:00:00.000Z' }, now).badge).toEqual({
      kind: 'withdrawnOn',
      date: '2026-05-01T00:00:00.000Z',
    })
    expect(consentState({ evidenceWaiver: '  ' }, now).noForm).toBe(true)
    expect(consentState({ evidenceWaiver: 'au bureau' }, now).noForm).toBe(false)
  })

  it('shows a person by their best consent', () => {
    const withdrawn = { evidence: 1, revokedAt: '2026-05-01T00:00:00.000Z' }
    const noForm = {}
    const good = { evidence: 2 }
    expect(bestConsentState([withdrawn, noForm, good], now)).toMatchObject({ inForce: true, noForm: false })
    expect(bestConsentState([withdrawn, noForm], now)).toMatchObject({ inForce: true, noForm: true })
    expect(bestConsentState([], now)).toBeNull()
  })
})
