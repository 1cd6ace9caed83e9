// No publication job in the background: the runs below are the tests' own, at their own moments.
process.env.JOBS_AUTORUN = 'false'

import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import type { Notification, Post } from '../../dev/payload-types'
import { createMoveEndpoint } from '../../calendar/endpoints/moveEndpoint'
import { PUBLISH_TASK_SLUG, publishDuePosts } from '../../src/jobs/publishDuePosts'
import { BALISES_QUEUE } from '../../src/jobs/queue'
import { takeWorkflowActionEndpoint } from '../../src/workflowActions/endpoint'
import { callEndpoint } from '../helpers/endpoints'
import { type Team, type TestUser, categoryId, draftPost, movePost, refusal, setUpTeam, stored } from '../helpers/fixtures'
import { useStoppedClock } from '../helpers/stoppedClock'

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** Monday 1 March 2027, 10 h in Toronto (EST, UTC−5 until 14 March). */
const MARCH_1 = new Date('2027-03-01T15:00:00.000Z')
/** The offers below close on Wednesday 10 March 2027: they stay up until 23 h 59 that day in Toronto. */
const CLOSING_DAY = '2027-03-10'
const CLOSING_EVENING = new Date('2027-03-11T04:30:00.000Z') // 10 March, 23 h 30 in Toronto (already the 11th in UTC)
const NEXT_DAY_STARTED = new Date('2027-03-11T05:00:30.000Z') // 11 March, 0 h 00 min 30 s in Toronto

describe('CAT-6: closing dates that close', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  const { at, tick } = useStoppedClock()

  const act = (user: TestUser, id: Post['id'], body: unknown) =>
    callEndpoint(payload, takeWorkflowActionEndpoint, { user, url: `/api/posts/${id}/workflow`, body, routeParams: { id: String(id) } })

  /** A job offer written by the redaction account and approved by the responsible person at `moment`. */
  async function approvedOffer(moment: Date, data: Partial<Post> = {}): Promise<Post> {
    at(moment)
    const post = await draftPost(payload, team.redaction, {
      title: 'Offre de stage en animation',
      category: await categoryId(payload, 'CAT-6'),
      closingDate: CLOSING_DAY,
      publishAt: null,
      ...data,
    })
    tick()
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    tick()
    const approved = await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    tick()
    return approved
  }

  async function notices(user: TestUser, post: Post, kind: string): Promise<Notification[]> {
    const found = await payload.find({
      collection: 'notifications',
      where: { and: [{ post: { equals: post.id } }, { kind: { equals: kind } }] },
      depth: 0,
      user,
      overrideAccess: false,
    })
    return found.docs
  }
  const publicCopy = async (post: Post) =>
    (await payload.find({ collection: 'posts', where: { id: { equals: post.id } }, overrideAccess: false, depth: 0 })).docs

  it('a published offer stays up through its closing day, and goes offline once the next day has started there', async () => {
    const offer = await approvedOffer(MARCH_1)
    expect((await act(team.responsable, offer.id, { action: 'publishNow' })).status).toBe(200)
    expect(await publicCopy(offer)).toHaveLength(1)

    // The evening of the closing day (23 h 30 in Toronto, 04 h 30 UTC the next day): still published.
    const evening = await publishDuePosts(payload, CLOSING_EVENING)
    expect(evening.closed).not.toContain(offer.id)
    expect((await stored(payload, offer.id)).workflowStatus).toBe('published')

    // Midnight has passed in Toronto: the run takes it offline (GOV-4: archived, with the reason, by the system).
    const run = await publishDuePosts(payload, NEXT_DAY_STARTED)
    expect(run.closed).toEqual([offer.id])
    const after = await stored(payload, offer.id)
    expect(after.workflowStatus).toBe('archived')
    expect(after.history?.at(-1)).toEqual(
      expect.objectContaining({
        from: 'published',
        to: 'archived',
        by: null,
        at: NEXT_DAY_STARTED.toISOString(),
        reason: 'Offre fermée (CAT-6) : la date de fin de l’offre, le 10 mars 2027, est passée.',
      }),
    )
    // It went out on 1 March: archiving keeps that.
    expect(Date.parse(after.publishedAt ?? '')).toBeLessThan(MARCH_1.getTime() + HOUR)
    // Offline for the public.
    expect(await publicCopy(offer)).toHaveLength(0)

    // The responsible person (and the author) are told, in their inbox, with what to do on the networks.
    const [forResponsable] = await notices(team.responsable, offer, 'offerClosed')
    expect(forResponsable.messageFr).toBe(
      '« Offre de stage en animation » a été archivée automatiquement : l’offre a pris fin (CAT-6). Retirez-la aussi des réseaux où elle a été diffusée. ' +
        'Motif : Offre fermée (CAT-6) : la date de fin de l’offre, le 10 mars 2027, est passée.',
    )
    expect(forResponsable.messageEn).toContain('“Offre de stage en animation” was archived automatically: the offer has closed (CAT-6).')
    expect(await notices(team.redaction, offer, 'offerClosed')).toHaveLength(1)

    // Run twice: nothing more happens (no second history row, no second notice).
    expect((await publishDuePosts(payload, new Date(NEXT_DAY_STARTED.getTime() + 60_000))).closed).toEqual([])
    expect((await stored(payload, offer.id)).history?.filter((row) => row.to === 'archived')).toHaveLength(1)
    expect(await notices(team.responsable, offer, 'offerClosed')).toHaveLength(1)
  })

  it('an offer whose closing date is moved later before the run stays up; other categories are never closed', async () => {
    const extended = await approvedOffer(MARCH_1, { title: 'Offre prolongée' })
    expect((await act(team.responsable, extended.id, { action: 'publishNow' })).status).toBe(200)
    tick()
    await movePost(payload, team.responsable, extended.id, { closingDate: '2027-03-20' })
    const other = await draftPost(payload, team.redaction, { title: 'Atelier', publishAt: null, closingDate: null })
    tick()
    await movePost(payload, team.redaction, other.id, { workflowStatus: 'in_review' })
    tick()
    await movePost(payload, team.responsable, other.id, { workflowStatus: 'approved', valuesConfirmed: true })
    tick()
    await movePost(payload, team.responsable, other.id, { workflowStatus: 'published' })
    const run = await publishDuePosts(payload, NEXT_DAY_STARTED)
    expect(run.closed).not.toContain(extended.id)
    expect((await stored(payload, extended.id)).workflowStatus).toBe('published')
    expect((await stored(payload, other.id)).workflowStatus).toBe('published')
  })

  it('an offer past its closing date cannot be published: « Publier maintenant », a raw stage change, a schedule, a calendar drop', async () => {
    // Approved while open; its closing day has ended by 12 March (the clock of the actions).
    const offer = await approvedOffer(MARCH_1, { title: 'Offre fermée, approuvée' })
    at(new Date('2027-03-12T15:00:00.000Z'))
    const publishNow = await act(team.responsable, offer.id, { action: 'publishNow' })
    expect(publishNow.status).toBe(400)
    expect(JSON.stringify(publishNow.json)).toContain('CAT-6 : l’offre a pris fin le 10 mars 2027')

    const raw = await refusal(movePost(payload, team.responsable, offer.id, { workflowStatus: 'published' }))
    expect(raw.status).toBe(400)
    expect(raw.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'closingDate', message: expect.stringContaining('CAT-6') })]),
    )

    tick()
    const schedule = await act(team.responsable, offer.id, { action: 'schedule', publishAt: '2027-03-15T14:00:00.000Z' })
    expect(schedule.status).toBe(400)
    expect(JSON.stringify(schedule.json)).toContain('CAT-6')

    tick()
    const drop = await callEndpoint(payload, createMoveEndpoint({ now: () => new Date() }), {
      user: team.responsable,
      url: '/api/calendar/move',
      body: { id: offer.id, day: '2027-03-15', time: '10:00' },
    })
    expect(drop.status).toBe(400)
    expect(JSON.stringify(drop.json)).toContain('CAT-6')
    expect((await stored(payload, offer.id)).workflowStatus).toBe('approved')
  })

  it('the job does not publish a scheduled offer whose closing day ended before the run: unscheduled with the CAT-6 reason', async () => {
    const offer = await approvedOffer(MARCH_1, { title: 'Offre programmée le jour de sa fin' })
    // Planned for the closing day itself, 9 h: allowed when it is planned.
    const answer = await act(team.responsable, offer.id, { action: 'schedule', publishAt: '2027-03-10T14:00:00.000Z' })
    expect(answer.status).toBe(200)
    tick()
    // The worker was down: the first run after that moment comes on 11 March, after the offer closed.
    const run = await publishDuePosts(payload, new Date('2027-03-11T14:00:00.000Z'))
    expect(run.published).not.toContain(offer.id)
    expect(run.unscheduled.find((entry) => entry.id === offer.id)?.reasons.join(' ')).toContain(
      'CAT-6 : l’offre a pris fin le 10 mars 2027',
    )
    const after = await stored(payload, offer.id)
    expect(after.workflowStatus).toBe('unscheduled')
    expect(after.publishedAt ?? null).toBeNull()
    expect(after.history?.at(-1)).toMatchObject({
      from: 'scheduled',
      to: 'unscheduled',
      by: null,
      reason: expect.stringContaining('CAT-6'),
    })
    expect(await notices(team.responsable, offer, 'publishRefused')).toHaveLength(1)
    expect(await publicCopy(offer)).toHaveLength(0)
  })

  it('runs through the jobs queue (the every-minute task), with the real clock', async () => {
    // Published three days ago, closed yesterday: the next run of the task takes it down.
    const threeDaysAgo = new Date(Date.now() - 3 * DAY)
    const yesterday = new Date(Date.now() - 1.5 * DAY).toISOString().slice(0, 10)
    const offer = await approvedOffer(threeDaysAgo, { title: 'Offre close hier', closingDate: yesterday })
    await movePost(payload, team.responsable, offer.id, { workflowStatus: 'published' })
    vi.useRealTimers()
    await payload.jobs.queue({ task: PUBLISH_TASK_SLUG as never, queue: BALISES_QUEUE, input: {} as never })
    await payload.jobs.run({ queue: BALISES_QUEUE })
    expect((await stored(payload, offer.id)).workflowStatus).toBe('archived')
  })
})
