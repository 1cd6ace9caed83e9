import { describe, expect, it } from 'vitest'

import {
  atDefaultTime,
  dayKey,
  dayRangeInstants,
  fromWallClock,
  moveToDay,
  parseInstant,
  startOfDay,
  toWallClock,
  zoneOffsetMs,
} from '../../../src/time/zonedTime'

const TORONTO = 'America/Toronto'
const HOUR = 3_600_000

describe('toWallClock', () => {
  it('gives the local wall clock in the zone, whatever the process zone', () => {
    expect(toWallClock(new Date('2026-03-07T15:00:00.000Z'), TORONTO)).toBe('2026-03-07T10:00:00') // EST
    expect(toWallClock('2026-07-01T14:00:00.000Z', TORONTO)).toBe('2026-07-01T10:00:00') // EDT
    expect(toWallClock('2026-07-01T14:00:00.000Z', 'America/Vancouver')).toBe('2026-07-01T07:00:00')
    expect(toWallClock('2026-07-01T14:00:00.000Z', 'Asia/Tokyo')).toBe('2026-07-01T23:00:00')
    expect(toWallClock('2026-03-09T10:00:00-04:00', TORONTO)).toBe('2026-03-09T10:00:00')
  })

  it('refuses strings without offset, invalid dates and unknown zones', () => {
    expect(() => toWallClock('2026-03-07T10:00:00', TORONTO)).toThrow(RangeError)
    expect(() => toWallClock('2026-02-30T10:00:00Z', TORONTO)).toThrow(RangeError)
    expect(() => toWallClock(new Date('nonsense'), TORONTO)).toThrow(RangeError)
    expect(() => toWallClock('2026-03-07T15:00:00Z', 'Québec/Montréal')).toThrow(/unknown time zone/)
  })
})

describe('fromWallClock', () => {
  it('reads ordinary wall clocks in winter and summer', () => {
    expect(fromWallClock('2026-03-07T10:00:00', TORONTO).toISOString()).toBe('2026-03-07T15:00:00.000Z')
    expect(fromWallClock('2026-07-01T10:00', TORONTO).toISOString()).toBe('2026-07-01T14:00:00.000Z')
    expect(fromWallClock('2026-07-01T10:00', 'America/Vancouver').toISOString()).toBe('2026-07-01T17:00:00.000Z')
  })

  it('reads YYYY-MM-DD as midnight in the zone', () => {
    expect(fromWallClock('2026-01-15', TORONTO).toISOString()).toBe('2026-01-15T05:00:00.000Z')
    expect(fromWallClock('2026-11-01', TORONTO).toISOString()).toBe('2026-11-01T04:00:00.000Z')
  })

  it('moves a wall clock in the spring-forward gap forward by the gap (8 March 2026)', () => {
    // 02:00 EST jumps to 03:00 EDT: 02:30 does not exist and becomes 03:30 EDT
    const gap = fromWallClock('2026-03-08T02:30', TORONTO)
    expect(gap.toISOString()).toBe('2026-03-08T07:30:00.000Z')
    expect(toWallClock(gap, TORONTO)).toBe('2026-03-08T03:30:00')
    expect(fromWallClock('2026-03-08T02:00', TORONTO).toISOString()).toBe('2026-03-08T07:00:00.000Z')
    // the minute before the gap, and the first real minute after it
    expect(fromWallClock('2026-03-08T01:59:59', TORONTO).toISOString()).toBe('2026-03-08T06:59:59.000Z')
    expect(fromWallClock('2026-03-08T03:00', TORONTO).toISOString()).toBe('2026-03-08T07:00:00.000Z')
  })

  it('takes the first occurrence of an ambiguous fall-back wall clock (1 November 2026)', () => {
    // 01:30 happens in EDT (05:30Z) then again in EST (06:30Z)
    expect(fromWallClock('2026-11-01T01:30', TORONTO).toISOString()).toBe('2026-11-01T05:30:00.000Z')
    expect(fromWallClock('2026-11-01T01:00', TORONTO).toISOString()).toBe('2026-11-01T05:00:00.000Z')
    expect(fromWallClock('2026-11-01T02:00', TORONTO).toISOString()).toBe('2026-11-01T07:00:00.000Z')
    expect(fromWallClock('2026-11-01T00:59', TORONTO).toISOString()).toBe('2026-11-01T04:59:00.000Z')
  })

  it('round-trips every hour of both change days except the missing one', () => {
    for (const day of ['2026-03-08', '2026-11-01']) {
      for (let hour = 0; hour < 24; hour++) {
        if (day === '2026-03-08' && hour === 2) continue
        const wall = `${day}T${String(hour).padStart(2, '0')}:15:00`
        expect(toWallClock(fromWallClock(wall, TORONTO), TORONTO)).toBe(wall)
      }
    }
  })

  it('handles gaps in other zones (Paris, half-hour St. John’s)', () => {
    expect(fromWallClock('2026-03-29T02:30', 'Europe/Paris').toISOString()).toBe('2026-03-29T01:30:00.000Z')
    const stJohns = fromWallClock('2026-03-08T02:30', 'America/St_Johns')
    expect(toWallClock(stJohns, 'America/St_Johns')).toBe('2026-03-08T03:30:00')
  })

  it('refuses invalid wall clocks', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-03-08T24:00',
      '2026-03-08T10:60',
      '2026-3-8',
      '8 mars 2026',
      '2026-03-08T10:00Z',
      '',
    ]) {
      expect(() => fromWallClock(bad, TORONTO), bad).toThrow(RangeError)
    }
  })
})

describe('dayKey and parseInstant', () => {
  it('names the day in the zone, not in UTC', () => {
    // Sunday 15 March 2026, 23:30 EDT is already Monday in UTC
    expect(dayKey('2026-03-16T03:30:00.000Z', TORONTO)).toBe('2026-03-15')
    expect(dayKey('2026-03-16T03:30:00.000Z', 'UTC')).toBe('2026-03-16')
    expect(dayKey(new Date('2026-03-16T03:30:00.000Z'), 'Asia/Tokyo')).toBe('2026-03-16')
  })

  it('reads ISO instants with Z or an offset only', () => {
    expect(parseInstant('2026-03-08T10:00:00.250-04:00').toISOString()).toBe('2026-03-08T14:00:00.250Z')
    expect(parseInstant('2026-03-08T10:00+0530').toISOString()).toBe('2026-03-08T04:30:00.000Z')
    expect(() => parseInstant('2026-03-08')).toThrow(RangeError)
    expect(() => parseInstant('2026-03-08T10:00:00')).toThrow(RangeError)
  })
})

describe('moveToDay (drag and drop to another day)', () => {
  it('keeps 10:00 local from 7 March to 9 March across the spring change; the UTC offset changes', () => {
    const post = new Date('2026-03-07T15:00:00.000Z') // Saturday 10:00 EST
    const moved = moveToDay(post, '2026-03-09', TORONTO)
    expect(toWallClock(moved, TORONTO)).toBe('2026-03-09T10:00:00')
    expect(moved.toISOString()).toBe('2026-03-09T14:00:00.000Z')
    expect(zoneOffsetMs(post, TORONTO)).toBe(-5 * HOUR)
    expect(zoneOffsetMs(moved, TORONTO)).toBe(-4 * HOUR)
    // not the naive "add two days" (which would give 11:00 local)
    expect(moved.getTime() - post.getTime()).toBe(47 * HOUR)
  })

  it('keeps 10:00 local from 31 October to 2 November across the fall change', () => {
    const moved = moveToDay(new Date('2026-10-31T14:00:00.000Z'), '2026-11-02', TORONTO)
    expect(moved.toISOString()).toBe('2026-11-02T15:00:00.000Z')
    expect(toWallClock(moved, TORONTO)).toBe('2026-11-02T10:00:00')
  })

  it('keeps a late-evening post on the target day, with seconds and milliseconds', () => {
    const moved = moveToDay(new Date('2026-03-16T03:30:15.500Z'), '2026-03-20', TORONTO) // Sun 23:30:15.5 EDT
    expect(moved.toISOString()).toBe('2026-03-21T03:30:15.500Z')
    expect(dayKey(moved, TORONTO)).toBe('2026-03-20')
  })

  it('moves a time that does not exist on the target day forward by the gap', () => {
    const moved = moveToDay(new Date('2026-03-01T07:30:00.000Z'), '2026-03-08', TORONTO) // 02:30 EST
    expect(toWallClock(moved, TORONTO)).toBe('2026-03-08T03:30:00')
  })

  it('refuses a target that is not a day', () => {
    expect(() => moveToDay(new Date('2026-03-07T15:00:00.000Z'), '2026-03-32', TORONTO)).toThrow(RangeError)
  })
})

describe('atDefaultTime, startOfDay, dayRangeInstants', () => {
  it('places an undated post at 10:00 local by default, or at the given hour', () => {
    expect(atDefaultTime('2026-03-07', TORONTO).toISOString()).toBe('2026-03-07T15:00:00.000Z')
    expect(atDefaultTime('2026-03-08', TORONTO).toISOString()).toBe('2026-03-08T14:00:00.000Z')
    expect(atDefaultTime('2026-03-08', TORONTO, 9).toISOString()).toBe('2026-03-08T13:00:00.000Z')
    expect(() => atDefaultTime('2026-03-08', TORONTO, 24)).toThrow(RangeError)
  })

  it('gives 23-hour and 25-hour days on the change days', () => {
    const spring = dayRangeInstants('2026-03-08', '2026-03-08', TORONTO)
    expect(spring.start.toISOString()).toBe('2026-03-08T05:00:00.000Z')
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * HOUR)
    const fall = dayRangeInstants('2026-11-01', '2026-11-01', TORONTO)
    expect(fall.end.getTime() - fall.start.getTime()).toBe(25 * HOUR)
    expect(startOfDay('2026-11-02', TORONTO).toISOString()).toBe('2026-11-02T05:00:00.000Z')
  })
})
