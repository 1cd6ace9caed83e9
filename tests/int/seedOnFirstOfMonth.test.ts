process.env.JOBS_AUTORUN = 'false'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../dev/payload-types'
import { addDays } from '../../src/time/days'
import { dayKey, startOfDay } from '../../src/time/zonedTime'
import { loadMeetingDigest } from '../../src/digest/loadMeetingDigest'
import { loadActivityReport } from '../../src/reports/loadActivityReport'
import { seed, type SeedReport } from '../../dev/seed/seed'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** 00:30 on 1 January in Toronto: the first day of a month and of a year, when "this month" holds nothing yet. */
const NOW = new Date('2027-01-01T05:30:00.000Z')
const ZONE = 'America/Toronto'

describe('a first start on the 1st of a month (1 January, 00:30)', () => {
  let test: TestPayload
  let payload: Payload
  let report: SeedReport
  let responsable: User & { collection: 'users' }

  beforeAll(async () => {
    test = await startTestPayload()
    payload = test.payload
    report = await seed(payload, { demo: true, timeZone: ZONE, now: NOW })
    const found = (await payload.find({ collection: 'users', where: { roles: { contains: 'responsable' } } })).docs[0]
    responsable = { ...found, collection: 'users' }
  })
  afterAll(async () => {
    await test?.close()
  })

  it('seeds every demo post (the rules accept each one on that date), published ones behind and planned ones ahead', async () => {
    const { docs } = await payload.find({ collection: 'posts', draft: true, limit: 0, pagination: false, depth: 0 })
    expect(docs).toHaveLength(report.postsCreated)
    const published = docs.filter((post) => post.workflowStatus === 'published')
    expect(published.length).toBeGreaterThanOrEqual(8)
    for (const post of published) expect(Date.parse(post.publishAt as string)).toBeLessThanOrEqual(NOW.getTime())
    expect(docs.some((post) => post.publishAt && Date.parse(post.publishAt) > NOW.getTime() && post.workflowStatus === 'scheduled')).toBe(
      true,
    )
    expect(docs.some((post) => post.publishAt && dayKey(post.publishAt, ZONE) === '2027-01-01')).toBe(true)
  })

  it('gives the six weeks before it a report with posts, and the meeting digest posts since the last meeting', async () => {
    const today = dayKey(NOW, ZONE)
    const activity = await loadActivityReport(
      { payload, user: responsable },
      { from: startOfDay(addDays(today, -42), ZONE), to: NOW, timeZone: ZONE },
    )
    expect(activity.totals.posts).toBeGreaterThanOrEqual(8)
    const digest = await loadMeetingDigest(payload, responsable, NOW)
    expect(digest.published.length).toBeGreaterThanOrEqual(2)
  })
})
