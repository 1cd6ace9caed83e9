import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { PUBLISH_TASK_SLUG } from '../../src/jobs/publishDuePosts'
import { BALISES_QUEUE } from '../../src/jobs/queue'
import type { Post } from '../../dev/payload-types'
import { type Team, createConsent, createImage, createPerson, draftPost, movePost, setUpTeam, stored } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'

type Answer = { status: number; publishAt?: string | null; error?: string }
type Reschedules = { final: Post; historyEntries: number; accepted: number; serverErrors: number }

/**
 * Concurrency on one Payload process and one SQLite file, as in production: saves of the same
 * post at the same moment, and a consent withdrawal racing the publication job.
 */
describe('races', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  const figures: { rest?: Reschedules; local?: Reschedules } = {}

  async function scheduled(data: Partial<Post> = {}): Promise<Post> {
    const post = await draftPost(payload, team.redaction, data)
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    return movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled' })
  }

  const versionsOf = async (id: Post['id']) =>
    (
      await payload.findVersions({
        collection: 'posts',
        where: { parent: { equals: id } },
        depth: 0,
        limit: 0,
        pagination: false,
        sort: 'createdAt',
      })
    ).docs
  const entries = (post: Post) => (post.history ?? []).map(({ id, from, to, by, at, reason }) => ({ id, from, to, by, at, reason }))

  /** Fires every move at once and checks what the database holds afterwards. */
  async function raceReschedules(post: Post, requested: string[], move: (publishAt: string) => Promise<Answer>): Promise<Reschedules> {
    const before = await stored(payload, post.id)
    const versionsBefore = await versionsOf(post.id)
    const answers = await Promise.all(requested.map(move))

    const unexpected = answers.filter((answer) => !(answer.status >= 200 && answer.status < 500))
    expect(unexpected, 'every answer is a 2xx or a 4xx, never a 5xx or a thrown non-HTTP error').toEqual([])
    const accepted = requested.filter((_, index) => answers[index].status < 300)
    expect(accepted.length).toBeGreaterThan(0)
    answers.forEach((answer, index) => {
      if (answer.status < 300) expect(answer.publishAt).toBe(requested[index])
    })

    const final = await stored(payload, post.id)
    expect(final.workflowStatus).toBe('scheduled')
    expect(accepted).toContain(final.publishAt)
    // The public (published) row and the latest version (what the calendar and the job read) agree.
    const main = await payload.findByID({ collection: 'posts', id: post.id, depth: 0, draft: false })
    expect([main.publishAt, main.workflowStatus]).toEqual([final.publishAt, 'scheduled'])
    // Moving a scheduled post is not a workflow transition: its history keeps exactly its entries.
    expect(entries(final)).toEqual(entries(before))
    expect(final.channels?.map(({ channel, text }) => ({ channel, text }))).toEqual(
      before.channels?.map(({ channel, text }) => ({ channel, text })),
    )

    // Each accepted move is one version, none lost or doubled, each with the whole history.
    const added = (await versionsOf(post.id)).slice(versionsBefore.length)
    expect(added.map((version) => version.version.publishAt).sort()).toEqual([...accepted].sort())
    for (const version of added) expect(entries(version.version as Post)).toEqual(entries(before))
    expect(added.at(-1)?.version.publishAt).toBe(final.publishAt)

    return { final, historyEntries: final.history?.length ?? 0, accepted: accepted.length, serverErrors: unexpected.length }
  }

  it('20 concurrent moves on the calendar (POST /api/calendar/move) all answer, and the post ends in one of them', async () => {
    const post = await scheduled({ publishAt: '2027-03-01T15:00:00.000Z' })
    const token = await restLogin(payload, team.responsable.email, team.responsable.password)
    const days = Array.from({ length: 20 }, (_, index) => `2027-04-${String(index + 1).padStart(2, '0')}`)
    // 10:00 in Toronto in April is 14:00 UTC (EDT).
    const requested = days.map((day) => `${day}T14:00:00.000Z`)
    figures.rest = await raceReschedules(post, requested, async (publishAt) => {
      const answer = await rest(payload, 'POST', '/api/calendar/move', {
        token,
        body: { id: post.id, day: publishAt.slice(0, 10), time: '10:00' },
      }).catch((error: unknown) => ({ status: 0, json: null, text: String(error) }))
      return {
        status: answer.status,
        publishAt: answer.json?.publishAt,
        error: answer.status >= 300 ? answer.text.slice(0, 300) : undefined,
      }
    })
  })

  it('20 concurrent saves of a new date through the local API, as the responsible person', async () => {
    const post = await scheduled({ publishAt: '2027-03-02T15:00:00.000Z' })
    const requested = Array.from({ length: 20 }, (_, index) => `2027-05-${String(index + 1).padStart(2, '0')}T14:00:00.000Z`)
    figures.local = await raceReschedules(post, requested, (publishAt) =>
      payload
        .update({ collection: 'posts', id: post.id, data: { publishAt }, depth: 0, user: team.responsable, overrideAccess: false })
        .then((doc): Answer => ({ status: 200, publishAt: doc.publishAt }))
        .catch((error: { status?: number; message?: string; cause?: { message?: string } }): Answer => ({
          status: error.status ?? 0,
          error: `${error.message} ${error.cause?.message ?? ''}`.slice(0, 300),
        })),
    )
  })

  /**
   * Round `round`: one side starts at once, the other after a delay, in microtask turns (the
   * SQLite driver answers synchronously, so this is where two operations interleave) or in
   * milliseconds; which side waits alternates.
   */
  function stagger(round: number): { jobWaits: boolean; wait: () => Promise<void>; label: string } {
    const jobWaits = round % 2 === 1
    const step = Math.floor(round / 2)
    const turns = [0, 100, 150, 180, 200, 210, 220, 230, 240, 260, 300, 400][step]
    if (turns !== undefined) {
      return {
        jobWaits,
        label: `${turns} turns`,
        wait: async () => {
          for (let turn = 0; turn < turns; turn++) await null
        },
      }
    }
    const ms = [0, 5, 10, 20][step - 12] ?? 0
    return { jobWaits, label: `${ms} ms`, wait: () => new Promise((resolve) => setTimeout(resolve, ms)) }
  }

  const runPublicationJob = async () => {
    await payload.jobs.queue({ task: PUBLISH_TASK_SLUG as never, queue: BALISES_QUEUE, input: {} as never })
    await payload.jobs.run({ queue: BALISES_QUEUE })
  }
  const publicSees = async (id: Post['id']) =>
    (await payload.find({ collection: 'posts', overrideAccess: false, where: { id: { equals: id } }, depth: 0 })).totalDocs > 0

  it('a withdrawal racing the publication job never lets the post be published after the withdrawal', async () => {
    const rounds = 32
    const outcome = { published: 0, unscheduled: 0, violations: [] as string[] }
    for (let round = 0; round < rounds; round++) {
      const child = await createPerson(payload, { birthDate: '2016-05-01T00:00:00.000Z', fullName: `Enfant ${round}` })
      const consent = await createConsent(payload, child.id, { expiresAt: '2028-12-31T00:00:00.000Z' })
      const photo = await createImage(payload, { people: [child.id] })
      const post = await scheduled({ media: [photo.id], publishAt: new Date(Date.now() - 60_000).toISOString() })
      const before = await stored(payload, post.id)
      const { jobWaits, wait, label } = stagger(round)

      const [withdrawal, job] = await Promise.allSettled([
        (async () => {
          if (!jobWaits) await wait()
          return payload.update({
            collection: 'consents',
            id: consent.id,
            data: { revokedAt: new Date().toISOString() },
            user: team.responsable,
            overrideAccess: false,
          })
        })(),
        (async () => {
          if (jobWaits) await wait()
          await runPublicationJob()
        })(),
      ])
      expect(withdrawal.status, `round ${round}: the withdrawal is saved`).toBe('fulfilled')
      expect(job.status, `round ${round}: the job runs`).toBe('fulfilled')

      // Payload stamps updatedAt just before writing; the writes run one after the other.
      const withdrawnAt = Date.parse((await payload.findByID({ collection: 'consents', id: consent.id, depth: 0 })).updatedAt)
      const after = await stored(payload, post.id)
      const added = entries(after).slice(entries(before).length)
      const where = `round ${round} (${jobWaits ? 'job' : 'withdrawal'} waits ${label})`
      if (after.workflowStatus === 'published') {
        const publishedAt = Date.parse(String(added[0]?.at))
        const fine = added.length === 1 && added[0].to === 'published' && publishedAt < withdrawnAt
        if (fine) outcome.published++
        else
          outcome.violations.push(
            `${where}: published at ${added[0]?.at}, withdrawn at ${new Date(withdrawnAt).toISOString()}, ${JSON.stringify(added)}`,
          )
      } else {
        const last = added.at(-1)
        const fine =
          after.workflowStatus === 'unscheduled' &&
          added.length === 1 &&
          last?.from === 'scheduled' &&
          String(last.reason).includes('PRIV-3') &&
          !(await publicSees(post.id))
        if (fine) outcome.unscheduled++
        else outcome.violations.push(`${where}: ${after.workflowStatus}, ${JSON.stringify(added)}`)
      }
    }
    expect(outcome.violations).toEqual([])
    expect(outcome.published + outcome.unscheduled).toBe(rounds)

    const reschedules = [figures.rest, figures.local].filter((figure): figure is Reschedules => Boolean(figure))
    console.log(
      `races: 20 concurrent reschedules → final ${reschedules.map((figure) => `${figure.final.workflowStatus} ${figure.final.publishAt}`).join(' / ')}, ` +
        `${reschedules.map((figure) => figure.historyEntries).join(' / ')} history entries, ` +
        `${reschedules.map((figure) => `${figure.accepted}/20 accepted`).join(' / ')}, ` +
        `${reschedules.reduce((sum, figure) => sum + figure.serverErrors, 0)} 5xx (REST / local API); ` +
        `withdrawal vs publication: ${rounds} rounds, ${outcome.published} published before withdrawal, ` +
        `${outcome.unscheduled} unscheduled, ${outcome.violations.length} violations`,
    )
  }, 180_000)

  it('a responsible person unscheduling a post while the job runs is never overridden by a publication', async () => {
    const rounds = 12
    for (let round = 0; round < rounds; round++) {
      const post = await scheduled({ publishAt: new Date(Date.now() - 60_000).toISOString() })
      const { jobWaits, wait, label } = stagger(round + 8)
      const [pull] = await Promise.allSettled([
        (async () => {
          if (!jobWaits) await wait()
          return movePost(payload, team.responsable, post.id, { workflowStatus: 'unscheduled', statusReason: 'Événement annulé' })
        })(),
        (async () => {
          if (jobWaits) await wait()
          await runPublicationJob()
        })(),
      ])
      const after = await stored(payload, post.id)
      const moves = (after.history ?? []).slice(3).map((entry) => `${entry.from}→${entry.to}`)
      const where = `round ${round} (${jobWaits ? 'job' : 'unschedule'} waits ${label})`
      // Either order is fine, each seeing the other's result: never unscheduled → published.
      if (pull.status === 'fulfilled') expect([where, moves]).toEqual([where, ['scheduled→unscheduled']])
      else expect([where, (pull.reason as { status?: number }).status, moves]).toEqual([where, 400, ['scheduled→published']])
    }
  }, 120_000)
})
