import { describe, expect, it } from 'vitest'

import { addDays } from '../../../src/time/days'
import { dayKey, toWallClock } from '../../../src/time/zonedTime'
import { demoInstant, planDemoPosts, POSITION_ADOPTED_DAYS_AGO } from '../../../dev/seed/demoSchedule'

const ZONE = 'America/Toronto'
const DAY_MS = 86_400_000

/** Days on which demo data tied to "the current month" or a fixed year used to be empty or wrong. */
const AWKWARD_DAYS: [string, Date][] = [
  ['1 January, 00:30 (first of a month and of a year)', new Date('2027-01-01T05:30:00.000Z')],
  ['1st of a month, 09:00', new Date('2026-12-01T14:00:00.000Z')],
  ['31 December, 23:30', new Date('2027-01-01T04:30:00.000Z')],
  ['1 April, 00:30 (first day of the fiscal year)', new Date('2027-04-01T04:30:00.000Z')],
  ['spring-forward day (14 March 2027), noon', new Date('2027-03-14T16:00:00.000Z')],
  ['fall-back day (1 November 2026), 01:30 the second time', new Date('2026-11-01T06:30:00.000Z')],
  ['29 February 2028', new Date('2028-02-29T17:00:00.000Z')],
  ['a mid-month day', new Date('2026-11-25T15:00:00.000Z')],
]

describe('demo posts around the day of the first start', () => {
  it.each(AWKWARD_DAYS)('on %s: published posts behind, one today, planned ones ahead', (_, now) => {
    const plan = planDemoPosts(now, ZONE)
    const today = dayKey(now, ZONE)
    const published = plan.filter((entry) => entry.workflowStatus === 'published')
    for (const entry of published) expect(entry.publishAt.getTime()).toBeLessThanOrEqual(now.getTime())
    expect(published.filter((entry) => now.getTime() - entry.publishAt.getTime() <= 42 * DAY_MS).length).toBeGreaterThanOrEqual(8)
    // The meeting digest covers the 12 days since the demo's last meeting.
    expect(published.filter((entry) => now.getTime() - entry.publishAt.getTime() <= 12 * DAY_MS).length).toBeGreaterThanOrEqual(2)
    expect(plan.filter((entry) => dayKey(entry.publishAt, ZONE) === today)).toHaveLength(1)
    const ahead = plan.filter((entry) => entry.publishAt.getTime() > now.getTime())
    expect(ahead.some((entry) => entry.workflowStatus === 'scheduled')).toBe(true)
    expect(ahead.some((entry) => entry.workflowStatus === 'approved')).toBe(true)
    expect(ahead.some((entry) => entry.workflowStatus === 'in_review')).toBe(true)
    for (const entry of ahead) expect(entry.workflowStatus).not.toBe('published')
    for (const entry of plan) {
      const offset = Math.round((entry.publishAt.getTime() - now.getTime()) / DAY_MS)
      expect(Math.abs(offset)).toBeLessThanOrEqual(43)
    }
  })

  it.each(AWKWARD_DAYS)('on %s: every post keeps its wall-clock hour in Toronto, and the cited position is adopted before', (_, now) => {
    const plan = planDemoPosts(now, ZONE)
    for (const { post, publishAt } of plan) {
      expect(toWallClock(publishAt, ZONE)).toBe(
        `${addDays(dayKey(now, ZONE), post.daysFromToday)}T${String(post.hour).padStart(2, '0')}:00:00`,
      )
    }
    const adoptedAt = demoInstant(now, ZONE, -POSITION_ADOPTED_DAYS_AGO, 19)
    const citing = plan.filter((entry) => entry.post.citesPosition)
    expect(citing.length).toBeGreaterThan(0)
    for (const entry of citing) expect(entry.publishAt.getTime()).toBeGreaterThan(adoptedAt.getTime())
  })

  it('on a spring-forward day a 10:00 post is 14:00 UTC, the day before 15:00 UTC', () => {
    expect(demoInstant(new Date('2027-03-14T16:00:00.000Z'), ZONE, 0, 10).toISOString()).toBe('2027-03-14T14:00:00.000Z')
    expect(demoInstant(new Date('2027-03-14T16:00:00.000Z'), ZONE, -1, 10).toISOString()).toBe('2027-03-13T15:00:00.000Z')
  })
})
