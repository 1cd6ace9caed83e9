import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ACCESS_MATRIX, ACTORS, type Actor, type Cell, type Operation } from '../access/matrix'
import { setUpTeam, type Team } from '../helpers/fixtures'
import { matrixCollections, matrixSamples, type MatrixSamples } from '../helpers/matrixSamples'

type Refusal = { status?: number }

describe('access matrix (tests/access/matrix.ts), every cell through the local API with overrideAccess: false', () => {
  let payload: Payload
  let team: Team
  let samples: MatrixSamples
  let checked = 0

  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  beforeAll(async () => {
    samples = await matrixSamples(payload)
  })
  afterAll(() => {
    console.log(`access matrix: ${checked} cells checked`)
  })

  const userOf = (actor: Actor) => (actor === 'anonymous' ? undefined : team[actor])
  const as = (actor: Actor) => ({ user: userOf(actor), overrideAccess: false as const })
  const sample = (slug: string) => samples.sample(slug)
  const target = (slug: string, extra?: Record<string, unknown>) => samples.target(slug, extra)

  async function refused(work: Promise<unknown>): Promise<boolean> {
    try {
      await work
      return false
    } catch (error) {
      const status = (error as Refusal).status
      if (status === 403 || status === 404) return true
      throw error
    }
  }

  async function check(slug: string, operation: Operation, actor: Actor, cell: Cell): Promise<void> {
    const collection = slug as CollectionSlug
    if (operation === 'create') {
      const { data, file: upload } = await sample(slug)
      const attempt = payload.create({ collection, data: data as never, ...(upload ? { file: upload } : {}), ...as(actor) })
      expect(await refused(attempt)).toBe(cell === false)
      return
    }
    if (operation === 'read') {
      const visible = async (id: number | string) => {
        const found = await payload.find({ collection, where: { id: { equals: id } }, depth: 0, ...as(actor) })
        return found.docs.length === 1
      }
      if (cell === false) {
        const doc = await target(slug)
        expect(await refused(payload.find({ collection, where: { id: { equals: doc.id } }, ...as(actor) }))).toBe(true)
      } else if (cell === true) {
        expect(await visible((await target(slug)).id)).toBe(true)
      } else if (cell === 'published') {
        expect(await visible((await target(slug)).id)).toBe(false)
        const published = await target(slug, { workflowStatus: 'published' })
        expect(await visible(published.id)).toBe(true)
      } else if (cell === 'active') {
        expect(await visible((await target(slug, { retired: true })).id)).toBe(false)
        expect(await visible((await target(slug)).id)).toBe(true)
      } else if (cell === 'own') {
        expect(await visible((await target(slug)).id)).toBe(false)
        expect(await visible((await samples.ownTarget(slug, userOf(actor)!)).id)).toBe(true)
      } else if (cell === 'names') {
        const shown = async (id: number | string) =>
          (await payload.find({ collection, where: { id: { equals: id } }, depth: 0, ...as(actor) })).docs[0] as unknown as Record<
            string,
            unknown
          >
        const other = await shown((await target(slug)).id)
        expect(other?.name).toBeTruthy()
        expect(other?.email).toBeUndefined()
        expect((await shown((await samples.ownTarget(slug, userOf(actor)!)).id))?.email).toBeTruthy()
      }
      return
    }
    if (operation === 'update') {
      const update = (id: number | string) => payload.update({ collection, id, data: samples.updateData(slug) as never, ...as(actor) })
      if (cell === 'own') {
        expect(await refused(update((await target(slug)).id))).toBe(true)
        expect(await refused(update((await samples.ownTarget(slug, userOf(actor)!)).id))).toBe(false)
      } else {
        expect(await refused(update((await target(slug)).id))).toBe(cell === false)
      }
      return
    }
    const deleted = async (id: number | string, allowed: boolean) => {
      expect(await refused(payload.delete({ collection, id, ...as(actor) }))).toBe(!allowed)
      const remaining = await payload.count({ collection, where: { id: { equals: id } } })
      expect(remaining.totalDocs).toBe(allowed ? 0 : 1)
    }
    await deleted((await target(slug)).id, cell === true)
    if (cell === 'own') await deleted((await samples.ownTarget(slug, userOf(actor)!)).id, true)
  }

  const collectionCells = matrixCollections().flatMap((slug) =>
    Object.entries(ACCESS_MATRIX[slug]).flatMap(([operation, row]) =>
      ACTORS.map((actor) => [slug, operation as Operation, actor, row![actor]] as const),
    ),
  )

  it.each(collectionCells)('%s · %s · %s → %s', async (slug, operation, actor, cell) => {
    await check(slug, operation, actor, cell)
    checked++
  })

  it.each(ACTORS.map((actor) => [actor] as const))('policy (global) · read and update · %s', async (actor) => {
    const cells = ACCESS_MATRIX['policy (global)']
    expect(await refused(payload.findGlobal({ slug: 'policy', ...as(actor) }))).toBe(cells.read![actor] === false)
    expect(await refused(payload.updateGlobal({ slug: 'policy', data: { weeklyHours: 5 }, ...as(actor) }))).toBe(
      cells.update![actor] === false,
    )
    checked += 2
  })

  it('covers every collection Balises adds', () => {
    const ours = payload.config.collections.map((collection) => collection.slug).filter((slug) => !slug.startsWith('payload-'))
    expect(ours.sort()).toEqual(matrixCollections().sort())
  })
})
