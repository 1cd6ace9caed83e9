process.env.JOBS_AUTORUN = 'false'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dayKey } from '../../src/time/zonedTime'
import { loadActivityReport } from '../../src/reports/loadActivityReport'
import { reportingYear } from '../../src/reports/reportingYear'
import { seedDemoReports } from '../../dev/seed/demoReports'
import { seed } from '../../dev/seed/seed'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const NOW = new Date('2026-11-25T15:00:00.000Z')
const ZONE = 'America/Toronto'
const DAY_MS = 86_400_000

describe('demo data for the reports (first start with demo data)', () => {
  let test: TestPayload
  let payload: Payload

  beforeAll(async () => {
    test = await startTestPayload()
    payload = test.payload
    await seed(payload, { demo: true, timeZone: ZONE, now: NOW })
  })
  afterAll(async () => {
    await test?.close()
  })

  it('records 14 monthly snapshots per network (Facebook, Instagram, LinkedIn) and one two days ago, growing', async () => {
    for (const channel of ['facebook', 'instagram', 'linkedin'] as const) {
      const { docs } = await payload.find({
        collection: 'audience-snapshots',
        where: { channel: { equals: channel } },
        sort: 'date',
        limit: 0,
        pagination: false,
      })
      expect(docs.map((doc) => doc.date.slice(0, 10))).toEqual([
        ...Array.from({ length: 14 }, (_, index) => {
          const month = 10 + index // October 2025 … November 2026
          return `${2025 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`
        }),
        '2026-11-23',
      ])
      expect(docs.at(-1)!.followers).toBeGreaterThan(docs[0].followers)
      expect(docs.at(-1)!.followers).toBeGreaterThan(docs.at(-2)!.followers)
    }
    expect((await payload.count({ collection: 'audience-snapshots', where: { channel: { equals: 'x' } } })).totalDocs).toBe(0)
  })

  it('has two past meetings, the last one 12 days ago; 3 moderation entries and 4 help requests with who recorded them', async () => {
    const meetings = await payload.find({ collection: 'meetings', sort: '-date', limit: 0, pagination: false })
    expect(meetings.docs).toHaveLength(2)
    for (const meeting of meetings.docs) expect(new Date(meeting.date).getTime()).toBeLessThan(NOW.getTime())
    expect(dayKey(meetings.docs[0].date, ZONE)).toBe(dayKey(new Date(NOW.getTime() - 12 * DAY_MS), ZONE))
    const moderation = await payload.find({ collection: 'moderation-log', depth: 0, limit: 0, pagination: false })
    expect(moderation.docs).toHaveLength(3)
    expect(new Set(moderation.docs.map((entry) => entry.reason)).size).toBe(3)
    const responsable = await payload.find({ collection: 'users', where: { roles: { contains: 'responsable' } } })
    for (const entry of moderation.docs) expect(entry.removedBy).toBe(responsable.docs[0].id)
    const help = await payload.find({ collection: 'help-requests', depth: 0, limit: 0, pagination: false })
    expect(help.docs).toHaveLength(4)
    for (const entry of help.docs) {
      expect(entry.recordedBy).toBeTruthy()
      expect(new Date(entry.receivedAt).getTime()).toBeLessThan(NOW.getTime())
    }
  })

  it('gives the current fiscal year a report with posts and audience growth on the three networks', async () => {
    const responsable = (await payload.find({ collection: 'users', where: { roles: { contains: 'responsable' } } })).docs[0]
    const year = reportingYear(NOW, 4, ZONE)
    const report = await loadActivityReport(
      { payload, user: { ...responsable, collection: 'users' } },
      { from: year.from, to: year.to, timeZone: ZONE },
    )
    expect(report.totals.posts).toBe(
      (
        await payload.count({
          collection: 'posts',
          where: { and: [{ workflowStatus: { equals: 'published' } }, { publishAt: { less_than_equal: NOW.toISOString() } }] },
        })
      ).totalDocs,
    )
    expect(report.totals.posts).toBeGreaterThan(0)
    const growing = report.audience.filter((row) => (row.change ?? 0) > 0).map((row) => row.channel)
    expect(growing).toEqual(['facebook', 'instagram', 'linkedin'])
  })

  it('adds nothing when run again', async () => {
    const users = {}
    expect(await seedDemoReports(payload, { now: NOW, timeZone: ZONE, users })).toEqual({
      snapshots: 0,
      meetings: 0,
      moderation: 0,
      helpRequests: 0,
    })
    expect((await payload.count({ collection: 'audience-snapshots' })).totalDocs).toBe(45)
  })
})
