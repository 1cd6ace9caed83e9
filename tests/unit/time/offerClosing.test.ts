import { describe, expect, it } from 'vitest'

import { isOfferClosed, offerOfflineAt } from '../../../src/time/offerClosing'

const TORONTO = 'America/Toronto'

describe('CAT-6: an offer stays up through its whole closing day in the organisation’s zone', () => {
  it('goes offline at midnight starting the next day there, not at noon UTC or midnight UTC', () => {
    // 15 Dec 2026 (EST, UTC−5): offline at 16 Dec 00:00 Toronto = 05:00 UTC.
    expect(offerOfflineAt('2026-12-15T12:00:00.000Z', TORONTO)?.toISOString()).toBe('2026-12-16T05:00:00.000Z')
    expect(isOfferClosed('2026-12-15T12:00:00.000Z', TORONTO, new Date('2026-12-16T04:59:59.999Z'))).toBe(false) // 23 h 59 on the 15th
    expect(isOfferClosed('2026-12-15T12:00:00.000Z', TORONTO, new Date('2026-12-16T05:00:00.000Z'))).toBe(true)
    // The closing day itself, from morning to evening (already the 16th in UTC at 20 h): still up.
    expect(isOfferClosed('2026-12-15T12:00:00.000Z', TORONTO, new Date('2026-12-15T13:00:00.000Z'))).toBe(false)
    expect(isOfferClosed('2026-12-15T12:00:00.000Z', TORONTO, new Date('2026-12-16T01:00:00.000Z'))).toBe(false)
  })

  it('reads the closing date as the day it is stored as, whatever instant of that day was written', () => {
    expect(offerOfflineAt('2026-12-15', TORONTO)?.toISOString()).toBe('2026-12-16T05:00:00.000Z')
    expect(offerOfflineAt('2026-12-15T00:00:00.000Z', TORONTO)?.toISOString()).toBe('2026-12-16T05:00:00.000Z')
  })

  it('daylight saving: the next day’s midnight in the offset in force then', () => {
    // Clocks go forward on Sunday 8 March 2026 at 2 h: midnight on the 8th is still EST (05:00 UTC)…
    expect(offerOfflineAt('2026-03-07T12:00:00.000Z', TORONTO)?.toISOString()).toBe('2026-03-08T05:00:00.000Z')
    // … midnight on the 9th is EDT (04:00 UTC): the 8th is a 23-hour day, the offer still gets all of it.
    expect(offerOfflineAt('2026-03-08T12:00:00.000Z', TORONTO)?.toISOString()).toBe('2026-03-09T04:00:00.000Z')
    // Clocks go back on Sunday 1 November 2026: the 1st is a 25-hour day, offline at 2 Nov 00:00 EST.
    expect(offerOfflineAt('2026-11-01T12:00:00.000Z', TORONTO)?.toISOString()).toBe('2026-11-02T05:00:00.000Z')
    expect(isOfferClosed('2026-11-01T12:00:00.000Z', TORONTO, new Date('2026-11-02T04:30:00.000Z'))).toBe(false) // 23 h 30 EST
  })

  it('a zone whose midnight does not exist on the day of a change: its first moment', () => {
    // Santiago moves its clocks forward at 24 h on Saturday 5 September 2026: Sunday the 6th starts at 01:00 (−03).
    expect(offerOfflineAt('2026-09-05T12:00:00.000Z', 'America/Santiago')?.toISOString()).toBe('2026-09-06T04:00:00.000Z')
  })

  it('in another zone the same closing day ends at another instant', () => {
    expect(offerOfflineAt('2026-12-15T12:00:00.000Z', 'America/Vancouver')?.toISOString()).toBe('2026-12-16T08:00:00.000Z')
  })

  it('no closing date, or one that is not a day: never closed (CAT-6 itself asks for it)', () => {
    expect(offerOfflineAt('not a day', TORONTO)).toBeNull()
    expect(isOfferClosed(null, TORONTO, new Date('2030-01-01T00:00:00.000Z'))).toBe(false)
    expect(isOfferClosed('2026-02-30T12:00:00.000Z', TORONTO, new Date('2030-01-01T00:00:00.000Z'))).toBe(false)
  })
})
