import { describe, expect, it } from 'vitest'

import { consentGap, isConsentValid } from '../../../hooks/rules/consentValidity'
import { makeConsent, NOW } from './factories'

const instant = new Date('2026-03-20T14:00:00.000Z')
const check = { instant, now: NOW, channels: ['facebook', 'x'] as const }

describe('consent validity (PRIV-1, PRIV-2)', () => {
  it('accepts a consent in force that covers every channel', () => {
    expect(isConsentValid(makeConsent(), check)).toBe(true)
  })

  it('refuses a consent that starts after the publication, and accepts one starting exactly then', () => {
    expect(isConsentValid(makeConsent({ validFrom: '2026-03-20T14:00:00.001Z' }), check)).toBe(false)
    expect(isConsentValid(makeConsent({ validFrom: '2026-03-20T14:00:00.000Z' }), check)).toBe(true)
  })

  it('refuses a consent expiring exactly at the publication instant', () => {
    expect(isConsentValid(makeConsent({ expiresAt: '2026-03-20T14:00:00.000Z' }), check)).toBe(false)
    expect(isConsentValid(makeConsent({ expiresAt: '2026-03-20T14:00:00.001Z' }), check)).toBe(true)
  })

  it('refuses a consent already revoked, even for a post scheduled before the revocation', () => {
    const past = { ...check, instant: new Date('2026-03-01T14:00:00.000Z') }
    expect(isConsentValid(makeConsent({ revokedAt: '2026-03-05T10:00:00.000Z' }), past)).toBe(false)
  })

  it('treats a revocation later than now and than the publication as not yet effective', () => {
    expect(isConsentValid(makeConsent({ revokedAt: '2026-06-01T00:00:00.000Z' }), check)).toBe(true)
  })

  it('refuses a consent whose revocation comes before the scheduled publication', () => {
    expect(isConsentValid(makeConsent({ revokedAt: '2026-03-15T00:00:00.000Z' }), check)).toBe(false)
  })

  it('needs one consent whose scopes include every channel of the post', () => {
    expect(isConsentValid(makeConsent({ scopes: ['facebook'] }), check)).toBe(false)
    expect(isConsentValid(makeConsent({ scopes: ['facebook'] }), { ...check, channels: [] })).toBe(true)
  })

  it('treats unreadable dates as invalid', () => {
    expect(isConsentValid(makeConsent({ revokedAt: 'not a date' }), check)).toBe(false)
    expect(isConsentValid(makeConsent({ expiresAt: 'soon' }), check)).toBe(false)
  })

  it('reports the channels a person lacks, or null when a consent is valid', () => {
    expect(consentGap([makeConsent({ scopes: ['facebook'] })], check)).toEqual(['x'])
    expect(consentGap([makeConsent({ scopes: ['facebook'] }), makeConsent({ scopes: ['x', 'facebook'] })], check)).toBeNull()
    expect(consentGap([], check)).toEqual(['facebook', 'x'])
    expect(consentGap([], { ...check, channels: [] })).toEqual([])
  })
})
