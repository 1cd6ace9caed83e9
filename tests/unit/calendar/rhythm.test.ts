import { describe, expect, it } from 'vitest'

import { computeRhythm, rhythmQueryRange, type RhythmPost, type Target } from '../../../calendar/rhythm'
import { DEFAULT_FREQUENCY } from '../../../src/policy/defaults'

const TORONTO = 'America/Toronto'

let nextId = 1
function post(publishAt: string, channels: RhythmPost['channels'], workflowStatus: RhythmPost['workflowStatus']): RhythmPost {
  return { id: nextId++, publishAt, channels, workflowStatus }
}

function weekOf(result: ReturnType<typeof computeRhythm>, week: string, channel: string) {
  return result.weeks.find((row) => row.week === week)?.channels.find((row) => row.channel === channel)
}

function summaryOf(result: ReturnType<typeof computeRhythm>, channel: string) {
  return result.summary.find((row) => row.channel === channel)
}

// Two weeks of March 2026 around the spring change (Sunday 8 March).
const MARCH_POSTS: RhythmPost[] = [
  post('2026-03-03T15:00:00.000Z', ['facebook', 'instagram'], 'scheduled'), // Tue 10:00 EST
  post('2026-03-05T17:30:00.000Z', ['facebook'], 'published'), // Thu 12:30 EST
  post('2026-03-08T14:00:00.000Z', ['facebook'], 'draft'), // Sun 10:00 EDT (change day)
  post('2026-03-04T15:00:00.000Z', ['facebook', 'x'], 'archived'), // not counted
  post('2026-03-04T16:00:00.000Z', ['facebook', 'x'], 'unscheduled'), // not counted
  post('2026-03-10T13:00:00.000Z', ['facebook'], 'approved'), // Tue 9:00 EDT
  post('2026-03-10T16:00:00.000Z', ['facebook', 'linkedin'], 'in_review'),
  post('2026-03-10T20:00:00.000Z', ['facebook'], 'approved'), // third on Tuesday: over 2
  post('2026-03-16T03:30:00.000Z', ['x'], 'in_review'), // Sun 15 March 23:30 EDT = Monday in UTC
  post('2026-03-12T15:00:00.000Z', ['mastodon'], 'approved'), // no target
  post('', ['facebook'], 'draft'), // undated
]

describe('computeRhythm (FREQ-1 against GOV-1 targets)', () => {
  const result = computeRhythm({
    posts: MARCH_POSTS,
    targets: DEFAULT_FREQUENCY,
    fromDay: '2026-03-02',
    toDay: '2026-03-15',
    zone: TORONTO,
    today: '2026-03-10',
  })

  it('reports each week of the range with a count per targeted channel', () => {
    expect(result.weeks.map((row) => row.week)).toEqual(['2026-03-02', '2026-03-09'])
    expect(result.weeks[0].channels.map((row) => row.channel)).toEqual(['facebook', 'instagram', 'x', 'linkedin'])
    expect(weekOf(result, '2026-03-02', 'facebook')).toEqual({ channel: 'facebook', count: 3, target: 3, belowTarget: false })
    expect(weekOf(result, '2026-03-02', 'instagram')).toEqual({ channel: 'instagram', count: 1, target: 2, belowTarget: true })
    expect(weekOf(result, '2026-03-02', 'x')).toEqual({ channel: 'x', count: 0, target: 3, belowTarget: true })
    expect(weekOf(result, '2026-03-09', 'facebook')).toEqual({ channel: 'facebook', count: 3, target: 3, belowTarget: false })
    expect(weekOf(result, '2026-03-09', 'linkedin')).toEqual({ channel: 'linkedin', count: 1, target: 1, belowTarget: false })
  })

  it('counts a post at 23:30 Toronto on Sunday in that week, though it is Monday in UTC', () => {
    expect(weekOf(result, '2026-03-09', 'x')?.count).toBe(1)
  })

  it('does not count unscheduled, archived or undated posts, nor channels without a target', () => {
    expect(result.weeks.flatMap((row) => row.channels).some((row) => (row.channel as string) === 'mastodon')).toBe(false)
    expect(result.summary.map((row) => row.channel)).toEqual(['facebook', 'instagram', 'x', 'linkedin'])
  })

  it('flags days over the daily maximum', () => {
    expect(result.overloadedDays).toEqual([{ day: '2026-03-10', channel: 'facebook', count: 3, max: 2 }])
  })

  it('sums planned, scheduled and published per channel over every week', () => {
    expect(summaryOf(result, 'facebook')).toEqual({
      channel: 'facebook',
      planned: 4,
      scheduled: 1,
      published: 1,
      weeksBelowTarget: 0,
      weeksCounted: 2,
    })
    expect(summaryOf(result, 'x')).toEqual({
      channel: 'x',
      planned: 1,
      scheduled: 0,
      published: 0,
      weeksBelowTarget: 2,
      weeksCounted: 2,
    })
    expect(summaryOf(result, 'instagram')?.weeksBelowTarget).toBe(2)
  })

  it('tells past, current and future weeks apart', () => {
    const later = computeRhythm({
      posts: [],
      targets: DEFAULT_FREQUENCY,
      fromDay: '2026-03-02',
      toDay: '2026-03-22',
      zone: TORONTO,
      today: '2026-03-15',
    })
    expect(later.weeks.map((row) => row.when)).toEqual(['past', 'current', 'future'])
    expect(later.summary[0].weeksCounted).toBe(3)
  })
})

describe('week boundaries in the zone', () => {
  const targets: Target[] = [{ channel: 'facebook', targetPerWeek: 1, maxPerDay: 5 }]
  const count = (posts: RhythmPost[], fromDay: string, toDay: string) =>
    computeRhythm({ posts, targets, fromDay, toDay, zone: TORONTO, today: '2026-01-01' }).weeks.map((row) => row.channels[0].count)

  it('gives the spring-change week all seven days, Monday 00:00 EST to Sunday 23:59 EDT', () => {
    const posts = [
      post('2026-03-02T05:00:00.000Z', ['facebook'], 'scheduled'), // Mon 2 March 00:00 EST
      post('2026-03-09T03:59:00.000Z', ['facebook'], 'scheduled'), // Sun 8 March 23:59 EDT
      post('2026-03-09T04:00:00.000Z', ['facebook'], 'scheduled'), // Mon 9 March 00:00 EDT
      post('2026-03-02T04:59:00.000Z', ['facebook'], 'scheduled'), // Sun 1 March 23:59 EST
    ]
    expect(count(posts, '2026-02-23', '2026-03-15')).toEqual([1, 2, 1])
  })

  it('gives the fall-change week all seven days (Sunday 1 November 23:30 EST)', () => {
    const posts = [
      post('2026-10-26T04:00:00.000Z', ['facebook'], 'published'), // Mon 26 Oct 00:00 EDT
      post('2026-11-02T04:30:00.000Z', ['facebook'], 'scheduled'), // Sun 1 Nov 23:30 EST = Monday in UTC
      post('2026-11-02T05:00:00.000Z', ['facebook'], 'scheduled'), // Mon 2 Nov 00:00 EST
    ]
    expect(count(posts, '2026-10-26', '2026-11-08')).toEqual([2, 1])
  })

  it('counts whole weeks: posts on days of an edge week outside the range count; posts outside the weeks do not', () => {
    const posts = [
      post('2026-03-02T15:00:00.000Z', ['facebook'], 'scheduled'), // Mon 2 March, before fromDay
      post('2026-03-15T15:00:00.000Z', ['facebook'], 'scheduled'), // Sun 15 March, after toDay
      post('2026-03-16T15:00:00.000Z', ['facebook'], 'scheduled'), // next week: ignored
      post('2026-03-01T15:00:00.000Z', ['facebook'], 'scheduled'), // previous week: ignored
    ]
    const result = computeRhythm({ posts, targets, fromDay: '2026-03-04', toDay: '2026-03-10', zone: TORONTO, today: '2026-03-04' })
    expect(result.weeks.map((row) => [row.week, row.channels[0].count])).toEqual([
      ['2026-03-02', 1],
      ['2026-03-09', 1],
    ])
    expect(result.summary[0].scheduled).toBe(2)
  })

  it('gives the whole weeks to query', () => {
    expect(rhythmQueryRange('2026-03-04', '2026-03-10')).toEqual({ fromDay: '2026-03-02', toDay: '2026-03-15' })
    expect(rhythmQueryRange('2026-03-02', '2026-03-15')).toEqual({ fromDay: '2026-03-02', toDay: '2026-03-15' })
    expect(rhythmQueryRange('2026-12-31', '2027-01-01')).toEqual({ fromDay: '2026-12-28', toDay: '2027-01-03' })
  })
})

describe('computeRhythm details', () => {
  it('counts a post once per channel, even if a channel is listed twice', () => {
    const result = computeRhythm({
      posts: [post('2026-03-10T15:00:00.000Z', ['facebook', 'facebook', 'x'], 'scheduled')],
      targets: DEFAULT_FREQUENCY,
      fromDay: '2026-03-09',
      toDay: '2026-03-15',
      zone: TORONTO,
      today: '2026-03-09',
    })
    expect(weekOf(result, '2026-03-09', 'facebook')?.count).toBe(1)
    expect(weekOf(result, '2026-03-09', 'x')?.count).toBe(1)
  })

  it('follows the order of the targets, keeps the first of a repeated channel, and never flags a target of 0', () => {
    const result = computeRhythm({
      posts: [],
      targets: [
        { channel: 'linkedin', targetPerWeek: 0, maxPerDay: 1 },
        { channel: 'bluesky', targetPerWeek: 2, maxPerDay: 1 },
        { channel: 'linkedin', targetPerWeek: 5, maxPerDay: 1 },
      ],
      fromDay: '2026-03-09',
      toDay: '2026-03-15',
      zone: TORONTO,
      today: '2026-03-09',
    })
    expect(result.weeks[0].channels).toEqual([
      { channel: 'linkedin', count: 0, target: 0, belowTarget: false },
      { channel: 'bluesky', count: 0, target: 2, belowTarget: true },
    ])
  })

  it('uses the policy zone for days: the same post is on another day in Vancouver', () => {
    const posts = [
      post('2026-03-10T06:30:00.000Z', ['instagram'], 'scheduled'), // Tue 02:30 EDT / Mon 23:30 PDT
      post('2026-03-10T15:00:00.000Z', ['instagram'], 'scheduled'), // Tue
    ]
    const base = { posts, targets: DEFAULT_FREQUENCY, fromDay: '2026-03-09', toDay: '2026-03-15', today: '2026-03-09' }
    expect(computeRhythm({ ...base, zone: TORONTO }).overloadedDays).toEqual([
      { day: '2026-03-10', channel: 'instagram', count: 2, max: 1 },
    ])
    expect(computeRhythm({ ...base, zone: 'America/Vancouver' }).overloadedDays).toEqual([])
  })

  it('refuses a reversed range, invalid days and unknown zones', () => {
    const base = { posts: [], targets: DEFAULT_FREQUENCY, today: '2026-03-09', zone: TORONTO }
    expect(() => computeRhythm({ ...base, fromDay: '2026-03-15', toDay: '2026-03-09' })).toThrow(RangeError)
    expect(() => computeRhythm({ ...base, fromDay: '2026-02-30', toDay: '2026-03-09' })).toThrow(RangeError)
    expect(() => computeRhythm({ ...base, fromDay: '2026-03-09', toDay: '2026-03-15', zone: 'Mars/Olympus' })).toThrow(RangeError)
  })
})
