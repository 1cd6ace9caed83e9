import { describe, expect, it } from 'vitest'

import { isInForce } from '../../../hooks/rules/consentValidity'
import type { ConsentFacts } from '../../../hooks/rules/types'
import { consentState } from '../../../src/privacy/consentStatus'
import { validityEnd, validityStart } from '../../../src/time/validityStart'

const TORONTO = 'America/Toronto'
const consentFrom = (validFrom: string): ConsentFacts => ({
  id: 1,
  personId: 1,
  relationship: 'parent',
  signatoryName: 'Parent',
  scopes: ['facebook'],
  validFrom,
  expiresAt: null,
  revokedAt: null,
  signedForm: true,
})

describe('a consent starts at the first moment of its first day in the organisation’s zone', () => {
  it('a stored day (noon UTC) starts at midnight there, in winter and in summer', () => {
    expect(new Date(validityStart('2026-12-04T12:00:00.000Z', TORONTO)!).toISOString()).toBe('2026-12-04T05:00:00.000Z')
    expect(new Date(validityStart('2026-07-04T12:00:00.000Z', TORONTO)!).toISOString()).toBe('2026-07-04T04:00:00.000Z')
    expect(new Date(validityStart('2026-07-04T12:00:00.000Z', 'America/Vancouver')!).toISOString()).toBe('2026-07-04T07:00:00.000Z')
  })

  it('on the day clocks go forward (8 March 2026) the day still starts at its midnight', () => {
    expect(new Date(validityStart('2026-03-08T12:00:00.000Z', TORONTO)!).toISOString()).toBe('2026-03-08T05:00:00.000Z')
  })

  it('any other instant counts as it is; an unreadable value is null', () => {
    expect(validityStart('2026-01-01T00:00:00.000Z', TORONTO)).toBe(Date.parse('2026-01-01T00:00:00.000Z'))
    expect(validityStart('pas une date', TORONTO)).toBeNull()
  })

  it('recorded « à partir d’aujourd’hui » at 6 a.m. in Québec, the consent is in force at once (PRIV-1 and its badge)', () => {
    const sixInTheMorning = new Date('2026-12-04T11:00:00.000Z')
    const consent = consentFrom('2026-12-04T12:00:00.000Z')
    expect(isInForce(consent, { instant: sixInTheMorning, now: sixInTheMorning, zone: TORONTO })).toBe(true)
    expect(consentState(consent, sixInTheMorning, TORONTO).badge).toEqual({ kind: 'inForce' })
    // The evening before (23 h 30 there, already the 4th in UTC) it is not yet.
    const eveningBefore = new Date('2026-12-04T04:30:00.000Z')
    expect(isInForce(consent, { instant: eveningBefore, now: eveningBefore, zone: TORONTO })).toBe(false)
    expect(consentState(consent, eveningBefore, TORONTO).badge).toEqual({ kind: 'notYet', date: '2026-12-04T12:00:00.000Z' })
  })
})

describe('a consent stops counting at the first moment of its expiry day in the organisation’s zone', () => {
  const consentUntil = (expiresAt: string): ConsentFacts => ({ ...consentFrom('2026-01-05T12:00:00.000Z'), expiresAt })

  it('« Expire le 4 déc. »: valid until 23 h 59 on the 3rd there, not on the 4th (not from noon UTC)', () => {
    expect(new Date(validityEnd('2026-12-04T12:00:00.000Z', TORONTO)!).toISOString()).toBe('2026-12-04T05:00:00.000Z')
    const consent = consentUntil('2026-12-04T12:00:00.000Z')
    const lateOnThe3rd = new Date('2026-12-04T04:30:00.000Z')
    expect(isInForce(consent, { instant: lateOnThe3rd, now: lateOnThe3rd, zone: TORONTO })).toBe(true)
    expect(consentState(consent, lateOnThe3rd, TORONTO).badge).toEqual({ kind: 'expiresOn', date: '2026-12-04T12:00:00.000Z' })
    // 6 a.m. on the 4th there: over, though noon UTC has not come.
    const sixOnThe4th = new Date('2026-12-04T11:00:00.000Z')
    expect(isInForce(consent, { instant: sixOnThe4th, now: sixOnThe4th, zone: TORONTO })).toBe(false)
    expect(consentState(consent, sixOnThe4th, TORONTO).badge).toEqual({ kind: 'expired' })
  })

  it('an exact instant ends when it says; an unreadable end counts as ended', () => {
    expect(validityEnd('2027-12-31T00:00:00.000Z', TORONTO)).toBe(Date.parse('2027-12-31T00:00:00.000Z'))
    const unreadable = consentUntil('plus tard')
    expect(
      isInForce(unreadable, { instant: new Date('2026-06-01T12:00:00.000Z'), now: new Date('2026-06-01T12:00:00.000Z'), zone: TORONTO }),
    ).toBe(false)
  })
})
