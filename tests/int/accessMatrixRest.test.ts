import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ACCESS_MATRIX, ACTORS, type Actor, type Cell, type Operation } from '../access/matrix'
import { setUpTeam, type Team } from '../helpers/fixtures'
import { matrixCollections, matrixSamples, type MatrixSamples, type Sample } from '../helpers/matrixSamples'
import { rest, restLogin, type RestAnswer, type RestOptions } from '../helpers/rest'

/** Payload's REST layer answers a refusal with 403 (Forbidden) or, when a read filter hides the document, 404. */
const REFUSALS = [401, 403, 404]

describe('access matrix (tests/access/matrix.ts), every cell through REST with a JWT per role', () => {
  let payload: Payload
  let team: Team
  let samples: MatrixSamples
  const tokens: Partial<Record<Actor, string>> = {}
  const refusalsSeen = new Map<number, number>()
  let checked = 0

  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  beforeAll(async () => {
    samples = await matrixSamples(payload)
    for (const actor of ACTORS) {
      if (actor !== 'anonymous') tokens[actor] = await restLogin(payload, team[actor].email, team[actor].password)
    }
  })
  afterAll(() => {
    const seen = [...refusalsSeen].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`)
    console.log(`access matrix (REST): ${checked} cells checked (refusals answered ${seen.join(', ')})`)
  })

  const userOf = (actor: Actor) => (actor === 'anonymous' ? undefined : team[actor])

  function call(actor: Actor, method: string, path: string, options: RestOptions = {}): Promise<RestAnswer> {
    return rest(payload, method, path, { ...options, token: tokens[actor] })
  }

  /** Upload collections take multipart: the fields as JSON in `_payload`, the file in `file`. */
  function body({ data, file }: Sample): RestOptions {
    if (!file) return { body: data }
    const form = new FormData()
    form.append('_payload', JSON.stringify(data))
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
    return { form }
  }

  /** true for a refusal, false for a 2xx; anything else (400, 500…) fails the cell. */
  function refused(answer: RestAnswer): boolean {
    if (REFUSALS.includes(answer.status)) {
      refusalsSeen.set(answer.status, (refusalsSeen.get(answer.status) ?? 0) + 1)
      return true
    }
    if (answer.status >= 200 && answer.status < 300) return false
    throw new Error(`unexpected ${answer.status}: ${answer.text.slice(0, 300)}`)
  }

  const count = async (slug: string) => (await payload.count({ collection: slug as CollectionSlug })).totalDocs
  const stored = (slug: string, id: number | string) =>
    payload.findByID({ collection: slug as CollectionSlug, id, depth: 0, draft: true, disableErrors: true }) as Promise<Record<
      string,
      unknown
    > | null>

  async function checkCreate(slug: string, actor: Actor, cell: Cell) {
    const before = await count(slug)
    const answer = await call(actor, 'POST', `/api/${slug}`, body(await samples.sample(slug)))
    expect(refused(answer), answer.text.slice(0, 300)).toBe(cell === false)
    expect(await count(slug)).toBe(cell === false ? before : before + 1)
  }

  /** Seen by id and in a list filtered on that id; a refusal (or a hidden document) counts as unseen. */
  async function visible(slug: string, actor: Actor, id: number | string): Promise<boolean> {
    const byId = await call(actor, 'GET', `/api/${slug}/${id}?depth=0`)
    const list = await call(actor, 'GET', `/api/${slug}?depth=0&where[id][equals]=${id}`)
    const seenById = !refused(byId) && String(byId.json?.id) === String(id)
    const seenInList = !refused(list) && list.json?.docs?.some((doc: { id: unknown }) => String(doc.id) === String(id))
    expect(seenById, `GET /api/${slug}/${id} and the list disagree`).toBe(Boolean(seenInList))
    return seenById
  }

  async function checkRead(slug: string, actor: Actor, cell: Cell) {
    if (cell === false) {
      const { id } = await samples.target(slug)
      expect(refused(await call(actor, 'GET', `/api/${slug}/${id}`))).toBe(true)
      expect(refused(await call(actor, 'GET', `/api/${slug}?where[id][equals]=${id}`))).toBe(true)
    } else if (cell === true) {
      expect(await visible(slug, actor, (await samples.target(slug)).id)).toBe(true)
    } else if (cell === 'published') {
      expect(await visible(slug, actor, (await samples.target(slug)).id)).toBe(false)
      expect(await visible(slug, actor, (await samples.target(slug, { workflowStatus: 'published' })).id)).toBe(true)
    } else if (cell === 'active') {
      expect(await visible(slug, actor, (await samples.target(slug, { retired: true })).id)).toBe(false)
      expect(await visible(slug, actor, (await samples.target(slug)).id)).toBe(true)
    } else if (cell === 'own') {
      expect(await visible(slug, actor, (await samples.target(slug)).id)).toBe(false)
      expect(await visible(slug, actor, (await samples.ownTarget(slug, userOf(actor)!)).id)).toBe(true)
    } else if (cell === 'names') {
      const other = (await samples.target(slug)).id
      expect(await visible(slug, actor, other)).toBe(true)
      const byId = await call(actor, 'GET', `/api/${slug}/${other}?depth=0`)
      expect(byId.json?.name).toBeTruthy()
      expect(byId.json?.email).toBeUndefined()
      const own = await call(actor, 'GET', `/api/${slug}/${(await samples.ownTarget(slug, userOf(actor)!)).id}?depth=0`)
      expect(own.json?.email).toBeTruthy()
    }
  }

  /** Refused: the stored document keeps its values; allowed: it has the new ones. */
  async function tryUpdate(slug: string, actor: Actor, id: number | string): Promise<boolean> {
    const change = samples.updateData(slug)
    const wasRefused = refused(await call(actor, 'PATCH', `/api/${slug}/${id}`, { body: change }))
    const took = samples.updateTook(slug, await stored(slug, id))
    if (took !== null) expect(took, JSON.stringify(change)).toBe(!wasRefused)
    return wasRefused
  }

  async function checkUpdate(slug: string, actor: Actor, cell: Cell) {
    if (cell === 'own') {
      expect(await tryUpdate(slug, actor, (await samples.target(slug)).id)).toBe(true)
      expect(await tryUpdate(slug, actor, (await samples.ownTarget(slug, userOf(actor)!)).id)).toBe(false)
    } else {
      expect(await tryUpdate(slug, actor, (await samples.target(slug)).id)).toBe(cell === false)
    }
  }

  async function checkDelete(slug: string, actor: Actor, cell: Cell) {
    const deleted = async (id: number | string, allowed: boolean) => {
      expect(refused(await call(actor, 'DELETE', `/api/${slug}/${id}`))).toBe(!allowed)
      expect(Boolean(await stored(slug, id))).toBe(!allowed)
    }
    await deleted((await samples.target(slug)).id, cell === true)
    if (cell === 'own') await deleted((await samples.ownTarget(slug, userOf(actor)!)).id, true)
  }

  const checks: Record<Operation, (slug: string, actor: Actor, cell: Cell) => Promise<void>> = {
    create: checkCreate,
    read: checkRead,
    update: checkUpdate,
    delete: checkDelete,
  }

  const collectionCells = matrixCollections().flatMap((slug) =>
    Object.entries(ACCESS_MATRIX[slug]).flatMap(([operation, row]) =>
      ACTORS.map((actor) => [slug, operation as Operation, actor, row![actor]] as const),
    ),
  )

  it.each(collectionCells)('%s · %s · %s → %s', async (slug, operation, actor, cell) => {
    await checks[operation](slug, actor, cell)
    checked++
  })

  it.each(ACTORS.map((actor) => [actor] as const))('policy (global) · read and update · %s', async (actor) => {
    const cells = ACCESS_MATRIX['policy (global)']
    const read = await call(actor, 'GET', '/api/globals/policy')
    const readRefused = refused(read)
    expect(readRefused).toBe(cells.read![actor] === false)
    if (!readRefused) expect(read.json).toHaveProperty('weeklyHours')

    const weeklyHours = 10 + ACTORS.indexOf(actor)
    const update = await call(actor, 'POST', '/api/globals/policy', { body: { weeklyHours } })
    expect(refused(update)).toBe(cells.update![actor] === false)
    const now = await payload.findGlobal({ slug: 'policy', depth: 0 })
    expect(now.weeklyHours === weeklyHours).toBe(cells.update![actor] !== false)
    checked += 2
  })
})
