import { describe, expect, it } from 'vitest'

import { addDays, daysBetween, isDayKey, weekdayIndex } from '../../../src/time/days'
import { mondayOf, weekStart, weeksInRange } from '../../../src/time/weeks'
import { startOfDay } from '../../../src/time/zonedTime'

const TORONTO = 'America/Toronto'
const HOUR = 3_600_000

describe('day keys', () => {
  it('accepts only real dates', () => {
    expect(isDayKey('2028-02-29')).toBe(true)
    expect(isDayKey('2026-02-29')).toBe(false)
    expect(isDayKey('2026-13-01')).toBe(false)
    expect(isDayKey('2026-3-8')).toBe(false)
    expect(isDayKey(20260308)).toBe(false)
  })

  it('counts days across months, years and daylight-saving changes', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-09', -2)).toBe('2026-03-07')
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31)
    expect(daysBetween('2026-01-01', '2027-02-05')).toBe(400)
    expect(weekdayIndex('2026-03-08')).toBe(6) // Sunday
    expect(weekdayIndex('2026-03-09')).toBe(0) // Monday
  })
})

describe('weeks start on Monday in the zone', () => {
  it('puts Sunday 23:30 Toronto in its own week even though it is Monday in UTC', () => {
    const sundayNight = '2026-03-16T03:30:00.000Z' // Sunday 15 March, 23:30 EDT
    expect(weekStart(sundayNight, TORONTO)).toBe('2026-03-09')
    expect(weekStart(sundayNight, 'UTC')).toBe('2026-03-16')
    expect(weekStart('2026-03-16T04:00:00.000Z', TORONTO)).toBe('2026-03-16') // Monday 00:00 EDT
  })

  it('finds the Monday of any day', () => {
    expect(mondayOf('2026-03-09')).toBe('2026-03-09')
    expect(mondayOf('2026-03-08')).toBe('2026-03-02')
    expect(mondayOf('2026-01-01')).toBe('2025-12-29')
  })

  it('lists the Mondays covering a range, partial weeks included', () => {
    expect(weeksInRange('2026-03-01', '2026-03-31')).toEqual([
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ])
    expect(weeksInRange('2026-12-28', '2027-01-04')).toEqual(['2026-12-28', '2027-01-04'])
    expect(weeksInRange('2026-03-10', '2026-03-10')).toEqual(['2026-03-09'])
    expect(weeksInRange('2026-03-10', '2026-03-01')).toEqual([])
  })

  it('the weeks of the daylight-saving changes last 167 and 169 hours', () => {
    expect(startOfDay('2026-03-09', TORONTO).getTime() - startOfDay('2026-03-02', TORONTO).getTime()).toBe(167 * HOUR)
    expect(startOfDay('2026-11-02', TORONTO).getTime() - startOfDay('2026-10-26', TORONTO).getTime()).toBe(169 * HOUR)
  })

  it('refuses invalid days', () => {
    expect(() => weeksInRange('2026-02-30', '2026-03-08')).toThrow(RangeError)
  })
})
