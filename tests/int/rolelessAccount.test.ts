import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { feedEndpoint, feedTokenEndpoints } from '../../calendar/endpoints/feedEndpoints'
import { ACCESS_MATRIX } from '../access/matrix'
import { callEndpoint } from '../helpers/endpoints'
import { createImage, setUpTeam, type Team, type TestUser } from '../helpers/fixtures'
import { createUser } from '../helpers/testPayload'
import { matrixCollections, matrixSamples, type MatrixSamples } from '../helpers/matrixSamples'
import { rest, restLogin } from '../helpers/rest'

type Refusal = { status?: number }

/**
 * An account whose roles were all removed by an administrator is still a signed-in account:
 * it must read and write no more than the public, on every path (local API, REST, files, feed).
 */
describe('an account whose roles are all removed reads and writes no more than anonymous', () => {
  let payload: Payload
  let team: Team
  let samples: MatrixSamples
  let roleless: TestUser
  let token: string
  let feedPath: string

  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  beforeAll(async () => {
    samples = await matrixSamples(payload)
    const former = await createUser(payload, ['redaction'])
    const created = await callEndpoint(payload, feedTokenEndpoints[0], { user: former, url: '/api/calendar/feed-token' })
    const url = new URL(created.json.url)
    feedPath = `${url.pathname}${url.search}`
    expect((await callEndpoint(payload, feedEndpoint, { url: feedPath })).status).toBe(200)
    // Removed the way an administrator does it: as the administrator, with access control.
    const updated = await payload.update({
      collection: 'users',
      id: former.id,
      data: { roles: [] },
      user: team.admin,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual([])
    roleless = { ...former, ...updated, collection: 'users', password: former.password }
    token = await restLogin(payload, roleless.email, roleless.password)
    for (const slug of matrixCollections()) await samples.target(slug)
    await samples.target('posts', { workflowStatus: 'published' })
    await samples.target('categories', { retired: true })
  })

  const as = (user: TestUser | undefined) => ({ user, overrideAccess: false as const })

  /** The IDs a reader gets, or 'refused'. */
  async function visibleTo(user: TestUser | undefined, read: (access: ReturnType<typeof as>) => Promise<{ docs: { id: unknown }[] }>) {
    try {
      return (await read(as(user))).docs.map((doc) => String(doc.id)).sort()
    } catch (error) {
      if ([401, 403, 404].includes((error as Refusal).status ?? 0)) return 'refused'
      throw error
    }
  }

  async function refused(work: Promise<unknown>): Promise<boolean> {
    try {
      await work
      return false
    } catch (error) {
      if ([401, 403, 404].includes((error as Refusal).status ?? 0)) return true
      throw error
    }
  }

  it.each(matrixCollections().map((slug) => [slug] as const))('%s: reads exactly what anonymous reads', async (slug) => {
    const collection = slug as CollectionSlug
    const read = (access: ReturnType<typeof as>) =>
      payload.find({ collection, depth: 0, limit: 0, pagination: false, draft: true, ...access })
    const anonymous = await visibleTo(undefined, read)
    const asRoleless = await visibleTo(roleless, read)
    expect(asRoleless).toEqual(anonymous)
    // The test means something only if someone with a role does see more.
    expect(await visibleTo(team.admin, read)).not.toEqual(anonymous)
  })

  it.each(matrixCollections().map((slug) => [slug] as const))('%s: creates, updates and deletes nothing', async (slug) => {
    const collection = slug as CollectionSlug
    const cells = ACCESS_MATRIX[slug]
    expect([cells.create?.anonymous, cells.update?.anonymous, cells.delete?.anonymous]).toEqual([false, false, false])
    const before = await payload.count({ collection })
    const { data, file } = await samples.sample(slug)
    expect(await refused(payload.create({ collection, data: data as never, ...(file ? { file } : {}), ...as(roleless) }))).toBe(true)
    const target = await samples.target(slug)
    const own = slug === 'users' ? [roleless.id] : []
    for (const id of [target.id, ...own]) {
      expect(await refused(payload.update({ collection, id, data: samples.updateData(slug) as never, ...as(roleless) }))).toBe(true)
      expect(await refused(payload.delete({ collection, id, ...as(roleless) }))).toBe(true)
    }
    expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs + 1)
  })

  it('reads no post versions, no policy, and cannot change the policy', async () => {
    const versions = (access: ReturnType<typeof as>) =>
      payload.findVersions({ collection: 'posts', depth: 0, limit: 0, pagination: false, ...access })
    expect(await visibleTo(roleless, versions)).toEqual(await visibleTo(undefined, versions))
    expect(await visibleTo(roleless, versions)).toBe('refused')
    expect(await refused(payload.findGlobal({ slug: 'policy', ...as(roleless) }))).toBe(true)
    expect(await refused(payload.updateGlobal({ slug: 'policy', data: { weeklyHours: 1 }, ...as(roleless) }))).toBe(true)
  })

  it('over REST with its own session: no posts beyond the published ones, no versions, no policy, no image file, no account', async () => {
    const image = await createImage(payload, { noIdentifiablePerson: true })
    const asStaff = await restLogin(payload, team.redaction.email, team.redaction.password)
    const filePath = `/api/media/file/${image.filename}`
    expect((await rest(payload, 'GET', filePath, { token: asStaff })).status).toBe(200)
    for (const path of [
      filePath,
      '/api/posts/versions',
      '/api/globals/policy',
      `/api/users/${roleless.id}`,
      '/api/positions',
      '/api/media',
    ]) {
      const anonymous = await rest(payload, 'GET', path)
      const answer = await rest(payload, 'GET', path, { token })
      expect(answer.status, path).toBe(anonymous.status)
      expect(answer.status, path).toBeGreaterThanOrEqual(400)
    }
    const posts = await rest(payload, 'GET', '/api/posts?draft=true&limit=0&depth=0', { token })
    const publicPosts = await rest(payload, 'GET', '/api/posts?draft=true&limit=0&depth=0')
    expect(posts.json.docs.length).toBeGreaterThan(0)
    expect(posts.json.docs).toEqual(publicPosts.json.docs)
    expect(posts.json.docs.every((doc: Record<string, unknown>) => doc.workflowStatus === 'published' && !('author' in doc))).toBe(true)
  })

  it('its calendar feed token stops working with its last role', async () => {
    const response = await callEndpoint(payload, feedEndpoint, { url: feedPath })
    expect(response.status).toBe(401)
    expect(response.text).toBe('Unauthorized')
  })
})
