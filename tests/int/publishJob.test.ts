import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { PUBLISH_TASK_SLUG, publishDuePosts } from '../../src/jobs/publishDuePosts'
import { BALISES_QUEUE } from '../../src/jobs/queue'
import { WITHHELD_PREFIX } from '../../hooks/engine/disclosure'
import type { Post } from '../../dev/payload-types'
import { type Team, createConsent, createImage, createPerson, draftPost, movePost, setUpTeam, stored } from '../helpers/fixtures'

describe('publication job (jobs queue, rules re-checked at publish time)', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  /** A post taken through the workflow to `scheduled` at `publishAt`. */
  async function scheduled(publishAt: string, data: Partial<Post> = {}): Promise<Post> {
    const post = await draftPost(payload, team.redaction, { publishAt, ...data })
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    return movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled' })
  }
  const publishEntries = (post: Post) => (post.history ?? []).filter((entry) => entry.to === 'published').length

  it('publishes a scheduled post when its time has come, not before', async () => {
    const due = await scheduled('2026-12-10T15:00:00.000Z')
    const later = await scheduled('2026-12-10T15:05:00.000Z')
    const report = await publishDuePosts(payload, new Date('2026-12-10T15:00:30.000Z'))
    expect(report.published).toContain(due.id)
    expect(report.published).not.toContain(later.id)
    expect((await stored(payload, due.id)).workflowStatus).toBe('published')
    expect((await stored(payload, later.id)).workflowStatus).toBe('scheduled')
  })

  it('never publishes twice: a second run finds nothing to do', async () => {
    const post = await scheduled('2026-12-11T15:00:00.000Z')
    const now = new Date('2026-12-11T15:00:10.000Z')
    expect((await publishDuePosts(payload, now)).published).toContain(post.id)
    expect((await publishDuePosts(payload, now)).published).not.toContain(post.id)
    expect(publishEntries(await stored(payload, post.id))).toBe(1)
  })

  it('does not publish at the old time a post moved or unscheduled before it', async () => {
    const moved = await scheduled('2026-12-12T15:00:00.000Z')
    await movePost(payload, team.responsable, moved.id, { publishAt: '2026-12-13T15:00:00.000Z' })
    const pulled = await scheduled('2026-12-12T15:00:00.000Z')
    await movePost(payload, team.responsable, pulled.id, { workflowStatus: 'unscheduled', statusReason: 'Événement annulé' })
    const report = await publishDuePosts(payload, new Date('2026-12-12T15:01:00.000Z'))
    expect(report.published).not.toContain(moved.id)
    expect(report.published).not.toContain(pulled.id)
    expect((await stored(payload, moved.id)).workflowStatus).toBe('scheduled')
    expect((await stored(payload, pulled.id)).workflowStatus).toBe('unscheduled')
  })

  it('re-checks the rules at publish time: a consent narrowed behind the app’s back unschedules the post, with the reasons', async () => {
    const child = await createPerson(payload, { birthDate: '2016-05-01T00:00:00.000Z' })
    const consent = await createConsent(payload, child.id)
    const photo = await createImage(payload, { people: [child.id] })
    const post = await scheduled('2026-12-14T15:00:00.000Z', { media: [photo.id] })

    // Written straight to the database (a restore, a script): no hook runs, so no cascade took the
    // post out of the plan (that one is tested in consentLifecycle.test.ts). The job must still refuse.
    await payload.db.updateOne({
      collection: 'consents',
      id: consent.id,
      data: { scopes: ['instagram'] },
      returning: false,
    })
    expect((await stored(payload, post.id)).workflowStatus).toBe('scheduled')
    const report = await publishDuePosts(payload, new Date('2026-12-14T15:00:05.000Z'))
    expect(report.published).not.toContain(post.id)
    // The exact reasons go to the responsible person; the history, read by every signed-in person, gets the coarse one.
    expect(report.unscheduled.find((entry) => entry.id === post.id)?.reasons.join(' ')).toMatch(
      /^PRIV-1 : .*le consentement ne couvre pas Facebook/,
    )
    const after = await stored(payload, post.id)
    expect(after.workflowStatus).toBe('unscheduled')
    expect(after.history?.at(-1)).toMatchObject({ from: 'scheduled', to: 'unscheduled', reason: expect.stringContaining(WITHHELD_PREFIX) })
    expect(after.history?.at(-1)?.reason).not.toMatch(/Facebook|décembre|personne montrée/)
    const anonymous = await payload.find({ collection: 'posts', overrideAccess: false, where: { id: { equals: post.id } } })
    expect(anonymous.docs).toHaveLength(0)
  })

  it('a run that crashes half-way is retried without publishing anything twice', async () => {
    const first = await scheduled('2026-12-15T15:00:00.000Z')
    const second = await scheduled('2026-12-15T15:00:30.000Z')
    const now = new Date('2026-12-15T15:01:00.000Z')
    // Fault injection: the database refuses the second publication once.
    const update = payload.update.bind(payload)
    let failed = false
    payload.update = (async (options: Parameters<Payload['update']>[0]) => {
      if (!failed && 'id' in options && options.id === second.id) {
        failed = true
        throw new Error('SQLITE_BUSY: database is locked')
      }
      return update(options as never)
    }) as Payload['update']
    try {
      await expect(publishDuePosts(payload, now)).rejects.toThrow('SQLITE_BUSY')
    } finally {
      payload.update = update
    }
    expect((await stored(payload, first.id)).workflowStatus).toBe('published')
    expect((await stored(payload, second.id)).workflowStatus).toBe('scheduled')

    const retry = await publishDuePosts(payload, now)
    expect(retry.published).toEqual([second.id])
    expect(publishEntries(await stored(payload, first.id))).toBe(1)
    expect(publishEntries(await stored(payload, second.id))).toBe(1)
  })

  it('runs through the jobs queue', async () => {
    const post = await scheduled(new Date(Date.now() - 60_000).toISOString())
    await payload.jobs.queue({ task: PUBLISH_TASK_SLUG as never, queue: BALISES_QUEUE, input: {} as never })
    await payload.jobs.run({ queue: BALISES_QUEUE })
    expect((await stored(payload, post.id)).workflowStatus).toBe('published')
  })
})
