// No publication job in the background: the scheduled posts below wait for the runs the tests make.
process.env.JOBS_AUTORUN = 'false'

import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { up as publishedAtData } from '../../dev/migrations/20261203_175419_published_at_data'
import type { Post } from '../../dev/payload-types'
import { eventsEndpoint } from '../../calendar/endpoints/eventsEndpoint'
import { atMoment } from '../../hooks/engine/clock'
import { loadMeetingDigest } from '../../src/digest/loadMeetingDigest'
import { publishDuePosts } from '../../src/jobs/publishDuePosts'
import { loadActivityReport } from '../../src/reports/loadActivityReport'
import { takeWorkflowActionEndpoint } from '../../src/workflowActions/endpoint'
import { callEndpoint } from '../helpers/endpoints'
import { type Team, type TestUser, draftPost, movePost, setUpTeam, stored } from '../helpers/fixtures'
import { useStoppedClock } from '../helpers/stoppedClock'

const ZONE = 'America/Toronto'
const HOUR = 3_600_000
const DAY = 24 * HOUR
/** Wednesday 17 February 2027, 10 h 20 in Toronto: the clock of the whole file. */
const NOW = new Date('2027-02-17T15:20:00.000Z')

describe('every publication dated (publishedAt): set by the server at the move to published, on every path', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  const { at, tick } = useStoppedClock()

  /** A post written by the redaction account and approved by the responsible person an hour before `moment`, without a planned moment. */
  async function approved(moment: Date, data: Partial<Post> = {}): Promise<Post> {
    at(new Date(moment.getTime() - HOUR))
    const post = await draftPost(payload, team.redaction, { publishAt: null, ...data })
    tick()
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    tick()
    const done = await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    at(moment)
    return done
  }
  const act = (user: TestUser, id: Post['id'], body: unknown) =>
    callEndpoint(payload, takeWorkflowActionEndpoint, { user, url: `/api/posts/${id}/workflow`, body, routeParams: { id: String(id) } })

  it('a post published at once (no planned moment) gets publishedAt, and the report and the digest of that period count it', async () => {
    // The meeting that opens the digest's period, a week ago.
    await payload.create({ collection: 'meetings', data: { date: new Date(NOW.getTime() - 7 * DAY).toISOString(), title: 'Réunion' } })
    const post = await approved(NOW, { title: 'Publiée tout de suite' })
    // A raw stage change, as a REST client makes it: no publishAt at all.
    const published = await movePost(payload, team.responsable, post.id, { workflowStatus: 'published' })
    expect(published.publishAt ?? null).toBeNull()
    expect(published.publishedAt).toBe(NOW.toISOString())
    // The history says the same moment.
    expect(published.history?.at(-1)).toMatchObject({ from: 'approved', to: 'published', at: NOW.toISOString() })

    // GOV-3: the activity report of February 2027, as the responsible person reads it.
    const report = await loadActivityReport(
      { payload, user: team.responsable },
      { from: new Date('2027-02-01T05:00:00.000Z'), to: new Date('2027-03-01T05:00:00.000Z'), timeZone: ZONE },
    )
    expect(report.totals.posts).toBe(1)
    expect(report.byCategory.find((row) => row.code === 'CAT-2')?.total).toBe(1)
    // The month before counts nothing.
    const january = await loadActivityReport(
      { payload, user: team.responsable },
      { from: new Date('2027-01-01T05:00:00.000Z'), to: new Date('2027-02-01T05:00:00.000Z'), timeZone: ZONE },
    )
    expect(january.totals.posts).toBe(0)

    // GOV-2: the meeting digest two hours later lists it among the published posts, at its moment.
    const digest = await loadMeetingDigest(payload, team.responsable, new Date(NOW.getTime() + 2 * HOUR))
    expect(digest.published.map((row) => [row.id, row.at])).toEqual([[post.id, NOW.toISOString()]])
    // The redaction account reads the same section.
    const asWriter = await loadMeetingDigest(payload, team.redaction, new Date(NOW.getTime() + 2 * HOUR))
    expect(asWriter.published.map((row) => row.id)).toEqual([post.id])
  })

  it('« Publier maintenant » (workflow action) dates the post with the moment of the action', async () => {
    const moment = new Date(NOW.getTime() + 1 * DAY)
    const post = await approved(moment, { title: 'Publier maintenant' })
    const answer = await act(team.responsable, post.id, { action: 'publishNow' })
    expect(answer.status).toBe(200)
    expect((await stored(payload, post.id)).publishedAt).toBe(moment.toISOString())
  })

  it('the job dates a scheduled post with its own run’s moment, even a late run; the calendar shows it then', async () => {
    const post = await approved(NOW, { title: 'Programmée, publiée en retard' })
    const planned = new Date(NOW.getTime() + 3 * DAY) // Saturday 20 February, 10 h 20
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled', publishAt: planned.toISOString() })
    // The worker was down: the run comes two days later, with its own `now` (the wall clock is elsewhere).
    const run = new Date(planned.getTime() + 2 * DAY + 5 * 60_000)
    tick()
    expect((await publishDuePosts(payload, run)).published).toContain(post.id)
    const after = await stored(payload, post.id)
    expect(after.publishedAt).toBe(run.toISOString())
    expect(after.history?.at(-1)).toMatchObject({ from: 'scheduled', to: 'published', by: null, at: run.toISOString() })

    // The calendar shows the published post on the day it went out (22 February), not the planned one.
    const day = async (from: string, to: string) =>
      (await callEndpoint(payload, eventsEndpoint, { user: team.redaction, url: `/api/calendar/events?from=${from}&to=${to}` })).json
    const went = await day('2027-02-22', '2027-02-23')
    expect(went.events.find((event: { id: number }) => event.id === post.id)).toMatchObject({
      start: '2027-02-22T10:25:00',
      status: 'published',
    })
    const plannedDay = await day('2027-02-20', '2027-02-21')
    expect(plannedDay.events.map((event: { id: number }) => event.id)).not.toContain(post.id)
  })

  it('a value sent for publishedAt is never taken from a person; archiving keeps it; server code dates a past publication by its clock', async () => {
    const post = await approved(NOW, { title: 'Date envoyée' })
    const sent = await movePost(payload, team.responsable, post.id, {
      workflowStatus: 'published',
      publishedAt: '2020-01-01T12:00:00.000Z',
    })
    expect(sent.publishedAt).toBe(NOW.toISOString())
    tick()
    const edited = await movePost(payload, team.responsable, post.id, { publishedAt: '2020-01-01T12:00:00.000Z' })
    expect(edited.publishedAt).toBe(NOW.toISOString())
    const created = await draftPost(payload, team.redaction, { title: 'Date à la création', publishedAt: '2020-01-01T12:00:00.000Z' })
    expect(created.publishedAt ?? null).toBeNull()
    // Even server code's value is not read: only the save's moment is.
    tick()
    await payload.update({ collection: 'posts', id: post.id, data: { publishedAt: '2020-01-01T12:00:00.000Z' } })
    expect((await stored(payload, post.id)).publishedAt).toBe(NOW.toISOString())

    // GOV-4: archived, the post keeps when it went out.
    tick()
    const archived = await movePost(payload, team.responsable, post.id, {
      workflowStatus: 'archived',
      statusReason: 'Erreur dans le texte',
    })
    expect(archived.publishedAt).toBe(NOW.toISOString())

    // The demo seed records posts that went out in the past: its save happens at that moment (hooks/engine/clock.ts).
    const past = new Date('2027-01-12T15:00:00.000Z')
    const seeded = await payload.create({
      collection: 'posts',
      draft: false,
      context: atMoment(past),
      data: {
        title: 'Publiée le 12 janvier',
        category: post.category,
        channels: [{ channel: 'facebook', text: 'Nos ateliers de prévention dans les écoles.' }],
        publishAt: past.toISOString(),
        valuesConfirmed: true,
        workflowStatus: 'published',
      } as never,
    })
    expect(seeded.publishedAt).toBe(past.toISOString())
    expect(seeded.history?.at(-1)?.at).toBe(past.toISOString())
  })

  it('the data migration dates posts published before publishedAt existed, from their history, versions included', async () => {
    const post = await approved(NOW, { title: 'Publiée avant' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'published' })
    tick()
    const imported = await payload.create({
      collection: 'posts',
      draft: false,
      context: atMoment(new Date(NOW.getTime() + HOUR)),
      data: {
        title: 'Importée',
        category: post.category,
        channels: [{ channel: 'facebook', text: 'Nos ateliers de prévention dans les écoles.' }],
        publishAt: '2026-10-20T14:00:00.000Z',
        valuesConfirmed: true,
        workflowStatus: 'published',
      } as never,
    })
    const draft = await draftPost(payload, team.redaction, { title: 'Brouillon', publishAt: '2027-03-01T15:00:00.000Z' })
    // As an older database holds them: no publishedAt, on the documents and on their versions.
    for (const id of [post.id, imported.id]) {
      await payload.db.updateOne({ collection: 'posts', id, data: { publishedAt: null }, returning: false })
      const versions = await payload.db.findVersions({
        collection: 'posts',
        where: { parent: { equals: id } },
        limit: 0,
        pagination: false,
      })
      for (const version of versions.docs) {
        await payload.db.updateVersion({
          collection: 'posts',
          id: version.id,
          versionData: { 'version.publishedAt': null } as never,
          returning: false,
        })
      }
    }
    expect((await stored(payload, post.id)).publishedAt ?? null).toBeNull()

    await publishedAtData({ payload, req: { payload } as never } as never)
    const dated = await stored(payload, post.id)
    // The moment of its move to published (its history), read from the latest version…
    expect(dated.publishedAt).toBe(NOW.toISOString())
    // … with the rest of that version as it was.
    expect(dated.title).toBe('Publiée avant')
    expect(dated.history?.map((row) => row.to)).toEqual(['in_review', 'approved', 'published'])
    expect(dated.channels).toHaveLength(1)
    const main = await payload.findByID({ collection: 'posts', id: post.id, depth: 0 })
    expect(main.publishedAt).toBe(NOW.toISOString())
    // Created already published by the system (an import): its planned moment, not the import's.
    expect((await stored(payload, imported.id)).publishedAt).toBe('2026-10-20T14:00:00.000Z')
    expect((await stored(payload, draft.id)).publishedAt ?? null).toBeNull()

    // Running it again changes nothing.
    await payload.db.updateOne({
      collection: 'posts',
      id: imported.id,
      data: { publishedAt: '2026-10-21T09:00:00.000Z' },
      returning: false,
    })
    await publishedAtData({ payload, req: { payload } as never } as never)
    expect((await payload.findByID({ collection: 'posts', id: imported.id, depth: 0 })).publishedAt).toBe('2026-10-21T09:00:00.000Z')
  })
})
