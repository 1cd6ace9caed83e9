import { describe, expect, it } from 'vitest'

import { ageAt, birthDay, isUnderParentalConsentAge } from '../../../hooks/rules/age'
import { makePerson, TIME_ZONE } from './factories'

describe('age at publication (PRIV-2)', () => {
  it('reads a birth date as a calendar day, whatever form it is stored in', () => {
    expect(birthDay('2012-03-15', TIME_ZONE)).toEqual({ year: 2012, month: 3, day: 15 })
    expect(birthDay('2012-03-15T00:00:00.000Z', TIME_ZONE)).toEqual({ year: 2012, month: 3, day: 15 })
    // A date picker's local midnight in Toronto, and Payload's midday.
    expect(birthDay('2012-03-15T04:00:00.000Z', TIME_ZONE)).toEqual({ year: 2012, month: 3, day: 15 })
    expect(birthDay('2012-03-15T12:00:00.000Z', TIME_ZONE)).toEqual({ year: 2012, month: 3, day: 15 })
    expect(birthDay('not a date', TIME_ZONE)).toBeNull()
  })

  it('turns 14 on the birthday itself, in the policy time zone', () => {
    const birth = { year: 2012, month: 3, day: 15 }
    expect(ageAt(birth, new Date('2026-03-15T04:00:00.000Z'), TIME_ZONE)).toBe(14) // 00:00 in Toronto
    expect(ageAt(birth, new Date('2026-03-15T03:59:59.000Z'), TIME_ZONE)).toBe(13) // 23:59:59 the day before
  })

  it('uses the policy time zone, not UTC: 02:00 UTC on the birthday is still the day before in Toronto', () => {
    const birth = { year: 2012, month: 3, day: 15 }
    expect(ageAt(birth, new Date('2026-03-15T02:00:00.000Z'), TIME_ZONE)).toBe(13)
    expect(ageAt(birth, new Date('2026-03-15T02:00:00.000Z'), 'UTC')).toBe(14)
  })

  it('handles a 29 February birthday', () => {
    const birth = { year: 2012, month: 2, day: 29 }
    expect(ageAt(birth, new Date('2026-02-28T17:00:00.000Z'), TIME_ZONE)).toBe(13)
    expect(ageAt(birth, new Date('2026-03-01T17:00:00.000Z'), TIME_ZONE)).toBe(14)
  })

  it('prefers the birth date, falls back on the age band, and says when the age is unknown', () => {
    const instant = new Date('2026-03-20T14:00:00.000Z')
    expect(isUnderParentalConsentAge(makePerson({ birthDate: '2015-01-01', ageBand: 'adult' }), instant, TIME_ZONE)).toBe(true)
    expect(isUnderParentalConsentAge(makePerson({ birthDate: '2010-01-01', ageBand: 'under14' }), instant, TIME_ZONE)).toBe(false)
    expect(isUnderParentalConsentAge(makePerson({ birthDate: null, ageBand: 'under14' }), instant, TIME_ZONE)).toBe(true)
    expect(isUnderParentalConsentAge(makePerson({ birthDate: null, ageBand: '14to17' }), instant, TIME_ZONE)).toBe(false)
    expect(isUnderParentalConsentAge(makePerson({ birthDate: null, ageBand: null }), instant, TIME_ZONE)).toBeNull()
  })
})
