import { describe, expect, it } from 'vitest'

import { defaultDropTime, isPastDay, isPastDrop, isTimeOfDay, todayIn, USUAL_POSTING_TIME } from '../../../src/time/dropTime'
import { formatDay, formatInstant, formatTime } from '../../../calendar/format'
import { mayMoveOnCalendar } from '../../../calendar/movePermission'

const TORONTO = 'America/Toronto'
// 2 December 2026, 16:28 in Toronto (EST, UTC−5).
const NOW = new Date('2026-12-02T21:28:00.000Z')

describe('the time a drop asks for', () => {
  it('offers the post’s previous time, read in the policy’s zone', () => {
    expect(defaultDropTime('2026-12-10T14:30:00.000Z', TORONTO)).toBe('09:30')
    expect(defaultDropTime('2026-07-10T14:30:00.000Z', TORONTO)).toBe('10:30') // EDT
  })

  it('offers the usual posting time to a post without one', () => {
    expect(defaultDropTime(null, TORONTO)).toBe(USUAL_POSTING_TIME)
    expect(defaultDropTime('', TORONTO)).toBe('10:00')
    expect(defaultDropTime('pas une date', TORONTO)).toBe('10:00')
  })

  it('accepts only 24-hour HH:mm', () => {
    expect(['00:00', '09:05', '16:28', '23:59'].every(isTimeOfDay)).toBe(true)
    expect(['9:05', '24:00', '12:60', '4 PM', '', null].some(isTimeOfDay)).toBe(false)
  })
})

describe('a drop in the past', () => {
  it('knows today in the policy’s zone, not in UTC', () => {
    // 03:00 UTC on the 3rd is still the 2nd in Toronto.
    expect(todayIn(TORONTO, new Date('2026-12-03T03:00:00.000Z'))).toBe('2026-12-02')
  })

  it('refuses a day already over, and allows today and later days', () => {
    expect(isPastDay('2026-12-01', TORONTO, NOW)).toBe(true)
    expect(isPastDay('2026-12-02', TORONTO, NOW)).toBe(false)
    expect(isPastDay('2026-12-03', TORONTO, NOW)).toBe(false)
  })

  it('refuses a time already past today, and allows a later one', () => {
    expect(isPastDrop('2026-12-02', '10:00', TORONTO, NOW)).toBe(true)
    expect(isPastDrop('2026-12-02', '16:28', TORONTO, NOW)).toBe(true)
    expect(isPastDrop('2026-12-02', '16:29', TORONTO, NOW)).toBe(false)
    expect(isPastDrop('2026-12-03', '08:00', TORONTO, NOW)).toBe(false)
    expect(isPastDrop('2026-11-30', '23:00', TORONTO, NOW)).toBe(true)
  })
})

describe('who is offered to drag a post', () => {
  const redaction = { roles: ['redaction'] }
  const responsable = { roles: ['responsable'] }
  const collective = { roles: ['collective'] }

  it('staff date drafts and posts in review', () => {
    for (const user of [redaction, responsable, { roles: ['admin'] }]) {
      expect(mayMoveOnCalendar('draft', user)).toBe(true)
      expect(mayMoveOnCalendar('in_review', user)).toBe(true)
    }
  })

  it('only the responsible person and administrators plan approved, scheduled and unscheduled posts', () => {
    for (const status of ['approved', 'scheduled', 'unscheduled'] as const) {
      expect(mayMoveOnCalendar(status, responsable)).toBe(true)
      expect(mayMoveOnCalendar(status, redaction)).toBe(false)
    }
  })

  it('nobody drags published or archived posts; Collective members drag nothing', () => {
    expect(mayMoveOnCalendar('published', responsable)).toBe(false)
    expect(mayMoveOnCalendar('archived', responsable)).toBe(false)
    expect(mayMoveOnCalendar('draft', collective)).toBe(false)
    expect(mayMoveOnCalendar('approved', collective)).toBe(false)
    expect(mayMoveOnCalendar('draft', null)).toBe(false)
  })
})

describe('dates and times as people read them', () => {
  it('shows the year and a 24-hour clock in both languages', () => {
    expect(formatDay('2026-12-09', 'fr')).toBe('mercredi 9 décembre 2026')
    expect(formatDay('2026-12-09', 'en')).toMatch(/^Wednesday, December 9, 2026$/)
    expect(formatTime('16:28', 'fr')).toBe('16 h 28')
    expect(formatTime('09:00', 'fr')).toBe('9 h 00')
    expect(formatTime('16:28', 'en')).toBe('4:28 PM')
    expect(formatInstant('2026-12-09T21:28:00.000Z', TORONTO, 'fr')).toBe('mercredi 9 décembre 2026 à 16 h 28')
    expect(formatInstant('2026-12-09T21:28:00.000Z', TORONTO, 'en')).toBe('Wednesday, December 9, 2026 at 4:28 PM')
    expect(formatInstant(null, TORONTO, 'fr')).toBe('')
  })
})
