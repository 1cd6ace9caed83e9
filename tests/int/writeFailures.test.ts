process.env.JOBS_AUTORUN = 'false'

import type { CollectionSlug, Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { withWriteScope } from '../../dev/db/writeScope'
import { databaseFingerprint } from '../helpers/databaseFingerprint'
import { draftPost, setUpTeam, type Team } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'

/** A writer left frozen makes the next write wait the lock's 30 s; a free one answers in well under a second. */
const FROZEN_AFTER_MS = 5000

const STAGES = ['beforeOperation', 'beforeValidate', 'beforeChange', 'afterChange', 'afterRead', 'afterOperation'] as const
type Stage = (typeof STAGES)[number]

class InjectedFault extends Error {
  constructor(stage: string) {
    super(`fault injected in ${stage}`)
  }
}

/** Adds a hook that throws at `stage` of `collection`, for the time of `work`. */
async function withFault<T>(payload: Payload, collection: CollectionSlug, stage: Stage, work: () => Promise<T>): Promise<T> {
  const hooks = payload.collections[collection].config.hooks as unknown as Record<Stage, unknown[]>
  const thrower = () => {
    throw new InjectedFault(stage)
  }
  hooks[stage].push(thrower)
  try {
    return await work()
  } finally {
    hooks[stage].splice(hooks[stage].indexOf(thrower), 1)
  }
}

/** Fails if `write` has not finished within FROZEN_AFTER_MS. */
async function promptly<T>(write: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frozen = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the write waited more than ${FROZEN_AFTER_MS} ms: the writer is frozen`)), FROZEN_AFTER_MS)
  })
  try {
    return await Promise.race([write, frozen])
  } finally {
    clearTimeout(timer)
  }
}

describe('writes that fail write nothing, and never freeze the next one', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const nextWriteByAnotherPerson = () =>
    promptly(
      payload.create({
        collection: 'meetings',
        data: { date: '2026-11-20T18:00:00.000Z', title: 'Réunion d’équipe' },
        user: team.responsable,
        overrideAccess: false,
      }),
    )

  describe.each(STAGES)('a throw in %s', (stage) => {
    it('of a post creation (a post and its first version) leaves the database as it was', async () => {
      const before = await databaseFingerprint(payload)
      await expect(
        withFault(payload, 'posts', stage, () => draftPost(payload, team.redaction, { title: `Panne en ${stage}` })),
      ).rejects.toThrow(InjectedFault)
      expect((await databaseFingerprint(payload)).hash).toBe(before.hash)
      await nextWriteByAnotherPerson()
    })

    it('of a post update leaves the stored post and its history as they were', async () => {
      const post = await draftPost(payload, team.redaction, { title: 'Avant la panne' })
      const before = await databaseFingerprint(payload)
      await expect(
        withFault(payload, 'posts', stage, () =>
          payload.update({
            collection: 'posts',
            id: post.id,
            data: { title: 'Après la panne' },
            user: team.redaction,
            overrideAccess: false,
          }),
        ),
      ).rejects.toThrow(InjectedFault)
      expect((await databaseFingerprint(payload)).hash).toBe(before.hash)
      expect((await payload.findByID({ collection: 'posts', id: post.id, draft: true, depth: 0 })).title).toBe('Avant la panne')
      await nextWriteByAnotherPerson()
    })
  })

  it('a transaction begun and never ended by a failed handler (as Payload’s updateJobs does on error) is rolled back with its request', async () => {
    const before = await databaseFingerprint(payload)
    await expect(
      withWriteScope(async () => {
        const id = await payload.db.beginTransaction()
        await payload.db.create({
          collection: 'meetings',
          data: { date: '2026-11-21T18:00:00.000Z', title: 'Jamais enregistrée' },
          req: { transactionID: id } as never,
        })
        throw new Error('handler failed after a write')
      }),
    ).rejects.toThrow('handler failed')
    expect((await databaseFingerprint(payload)).hash).toBe(before.hash)
    await nextWriteByAnotherPerson()
  })

  it('POST /api/posts with 20,000 image IDs is refused with a 400 naming the field, and writes nothing', async () => {
    const token = await restLogin(payload, team.redaction.email, team.redaction.password)
    const before = await databaseFingerprint(payload)
    const category = (await payload.find({ collection: 'categories', where: { code: { equals: 'CAT-2' } }, depth: 0 })).docs[0]
    const answer = await rest(payload, 'POST', '/api/posts', {
      token,
      body: {
        title: 'Trop d’images',
        category: category.id,
        media: Array.from({ length: 20_000 }, (_, index) => index + 1),
        channels: [{ channel: 'facebook', text: 'Un texte.' }],
      },
    })
    expect(answer.status, answer.text.slice(0, 300)).toBe(400)
    expect(answer.json.errors[0].data.errors.map((error: { path: string }) => error.path)).toContain('media')
    expect((await databaseFingerprint(payload)).hash).toBe(before.hash)
    await nextWriteByAnotherPerson()
  })

  it('Payload’s jobs endpoints are not served: GET /api/payload-jobs/run?queue[]=x as a Collective member is a 4xx, and the next save goes through', async () => {
    const token = await restLogin(payload, team.collective.email, team.collective.password)
    for (const path of ['/api/payload-jobs/run?queue[]=x', '/api/payload-jobs/run', '/api/payload-jobs/handle-schedules']) {
      const answer = await rest(payload, 'GET', path, { token })
      expect(answer.status, `${path}: ${answer.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
    }
    await nextWriteByAnotherPerson()
    const saved = await promptly(draftPost(payload, team.redaction, { title: 'Après les tâches' }))
    expect(saved.id).toBeTruthy()
  })
})
