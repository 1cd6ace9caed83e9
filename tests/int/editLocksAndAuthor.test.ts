import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { categoryId, draftPost, setUpTeam, stored, type Team, type TestUser } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'
import { createUser } from '../helpers/testPayload'

type Refusal = { status?: number }

async function status(work: Promise<unknown>): Promise<number> {
  try {
    await work
    return 200
  } catch (error) {
    return (error as Refusal).status ?? 0
  }
}

describe('edit locks (payload-locked-documents) only for oneself on what one may edit; a post’s author set by the system', () => {
  let payload: Payload
  let team: Team

  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const as = (user: TestUser) => ({ user, overrideAccess: false as const })
  const userRef = (user: TestUser) => ({ relationTo: 'users' as const, value: user.id })
  const lockOn = (
    user: TestUser,
    holder: TestUser,
    target: { document?: { relationTo: string; value: number | string }; globalSlug?: string },
  ) => payload.create({ collection: 'payload-locked-documents', data: { ...target, user: userRef(holder) } as never, ...as(user) })
  const locks = async () => (await payload.count({ collection: 'payload-locked-documents' })).totalDocs

  it('lets a person lock, in their own name, a post they may edit', async () => {
    const post = await draftPost(payload, team.redaction)
    const before = await locks()
    expect(await status(lockOn(team.redaction, team.redaction, { document: { relationTo: 'posts', value: post.id } }))).toBe(200)
    expect(await locks()).toBe(before + 1)
  })

  it('refuses a lock in someone else’s name, and writes nothing', async () => {
    const post = await draftPost(payload, team.redaction)
    const before = await locks()
    expect(await status(lockOn(team.redaction, team.responsable, { document: { relationTo: 'posts', value: post.id } }))).toBe(403)
    expect(await locks()).toBe(before)
  })

  it('refuses a lock on a document or global the person may not edit (or that does not exist)', async () => {
    const before = await locks()
    const category = await categoryId(payload, 'CAT-2')
    const person = await payload.create({ collection: 'people', data: { fullName: 'Enfant Verrou', kind: 'child' } })
    const refusals = [
      lockOn(team.redaction, team.redaction, { document: { relationTo: 'categories', value: category } }),
      lockOn(team.redaction, team.redaction, { document: { relationTo: 'people', value: person.id } }),
      lockOn(team.collective, team.collective, { document: { relationTo: 'media', value: 1 } }),
      lockOn(team.redaction, team.redaction, { globalSlug: 'policy' }),
      lockOn(team.redaction, team.redaction, { document: { relationTo: 'posts', value: 999_999 } }),
      lockOn(team.redaction, team.redaction, {}),
    ]
    for (const attempt of refusals) expect(await status(attempt)).toBe(403)
    expect(await locks()).toBe(before)
    expect(await status(lockOn(team.responsable, team.responsable, { globalSlug: 'policy' }))).toBe(200)
    expect(await status(lockOn(team.responsable, team.responsable, { document: { relationTo: 'categories', value: category } }))).toBe(200)
  })

  it('an account whose roles were all removed holds no lock, not even on a post it wrote', async () => {
    const former = await createUser(payload, ['redaction'])
    const post = await draftPost(payload, former)
    const updated = await payload.update({ collection: 'users', id: former.id, data: { roles: [] }, overrideAccess: true })
    const roleless = { ...former, ...updated, collection: 'users' as const, password: former.password }
    const before = await locks()
    expect(await status(lockOn(roleless, roleless, { document: { relationTo: 'posts', value: post.id } }))).toBe(403)
    expect(await locks()).toBe(before)
  })

  it('shows a lock only to those who may read what it locks (or hold it)', async () => {
    const person = await payload.create({ collection: 'people', data: { fullName: 'Enfant Édité', kind: 'child' } })
    const post = await draftPost(payload, team.redaction)
    const onPerson = await lockOn(team.responsable, team.responsable, { document: { relationTo: 'people', value: person.id } })
    const onPost = await lockOn(team.responsable, team.responsable, { document: { relationTo: 'posts', value: post.id } })
    const seen = async (user: TestUser) =>
      (await payload.find({ collection: 'payload-locked-documents', depth: 0, limit: 0, pagination: false, ...as(user) })).docs.map(
        (doc) => doc.id,
      )
    expect(await seen(team.redaction)).toContain(onPost.id)
    expect(await seen(team.redaction)).not.toContain(onPerson.id)
    expect(await seen(team.collective)).not.toContain(onPerson.id)
    expect(await seen(team.responsable)).toEqual(expect.arrayContaining([onPerson.id, onPost.id]))
  })

  it('over REST: a take-over names oneself only; a lock is released by its holder only', async () => {
    const post = await draftPost(payload, team.redaction)
    const lock = await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'posts', value: post.id }, user: userRef(team.redaction) } as never,
      ...as(team.redaction),
    })
    const responsable = await restLogin(payload, team.responsable.email, team.responsable.password)
    const collective = await restLogin(payload, team.collective.email, team.collective.password)
    const path = `/api/payload-locked-documents/${lock.id}`
    const inTheNameOf = (user: TestUser) => ({ body: { user: userRef(user) } })
    expect((await rest(payload, 'PATCH', path, { token: responsable, ...inTheNameOf(team.collective) })).status).toBe(403)
    expect((await rest(payload, 'DELETE', path, { token: collective })).status).toBeGreaterThanOrEqual(403)
    const held = await payload.findByID({ collection: 'payload-locked-documents', id: lock.id, depth: 0 })
    expect((held.user as { value: unknown }).value).toBe(team.redaction.id)
    expect((await rest(payload, 'PATCH', path, { token: responsable, ...inTheNameOf(team.responsable) })).status).toBe(200)
    expect((await rest(payload, 'DELETE', path, { token: responsable })).status).toBe(200)
    expect(await payload.count({ collection: 'payload-locked-documents', where: { id: { equals: lock.id } } })).toMatchObject({
      totalDocs: 0,
    })
  })

  it('a post’s author is the person who creates the post, whatever the client sends', async () => {
    const post = await draftPost(payload, team.redaction, { author: team.responsable.id })
    expect((await stored(payload, post.id)).author).toBe(team.redaction.id)
    const token = await restLogin(payload, team.redaction.email, team.redaction.password)
    const answer = await rest(payload, 'POST', '/api/posts', {
      token,
      body: { title: 'Auteur imposé', category: await categoryId(payload, 'CAT-2'), author: team.admin.id },
    })
    expect(answer.status).toBe(201)
    expect((await stored(payload, answer.json.doc.id)).author).toBe(team.redaction.id)
  })

  it('a post’s author cannot be changed by an update, not even by the responsible person or an administrator', async () => {
    const post = await draftPost(payload, team.redaction)
    for (const user of [team.redaction, team.responsable, team.admin]) {
      await payload.update({ collection: 'posts', id: post.id, data: { author: team.collective.id } as never, user, overrideAccess: false })
      expect((await stored(payload, post.id)).author).toBe(team.redaction.id)
    }
  })
})
