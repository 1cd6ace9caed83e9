import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ACCESS_MATRIX, ACTORS, type Actor, type Cell, type Operation } from '../../src/access/matrix'
import { categoryId, setUpTeam, type Team } from '../helpers/fixtures'

type Refusal = { status?: number }
type Sample = { data: Record<string, unknown>; file?: { data: Buffer; mimetype: string; name: string; size: number } }

describe('access matrix (src/access/matrix.ts), every cell through the local API with overrideAccess: false', () => {
  let payload: Payload
  let team: Team
  let png: Buffer
  let counter = 0
  let checked = 0

  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  beforeAll(async () => {
    png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#88aacc' } }).png().toBuffer()
  })
  afterAll(() => {
    console.log(`access matrix: ${checked} cells checked`)
  })

  const userOf = (actor: Actor) => (actor === 'anonymous' ? undefined : team[actor])
  const as = (actor: Actor) => ({ user: userOf(actor), overrideAccess: false as const })
  const file = () => ({ data: png, mimetype: 'image/png', name: `matrice-${++counter}.png`, size: png.length })

  async function sample(slug: string): Promise<Sample> {
    counter++
    switch (slug) {
      case 'posts':
        return {
          data: {
            title: `Matrice ${counter}`,
            category: await categoryId(payload, 'CAT-2'),
            channels: [{ channel: 'facebook', text: 'Nos ateliers de prévention dans les écoles.' }],
          },
        }
      case 'media':
        return { data: { alt: `Affiche ${counter}`, noIdentifiablePerson: true }, file: file() }
      case 'positions':
        return { data: { title: `Position ${counter}`, status: 'draft' } }
      case 'categories':
        return { data: { code: `CAT-T${counter}`, labelFr: 'Essai', labelEn: 'Test', color: '#123456' } }
      case 'people':
        return { data: { fullName: `Personne ${counter}`, kind: 'child' } }
      case 'consents': {
        const person = await payload.create({ collection: 'people', data: { fullName: `Signataire ${counter}`, kind: 'parent' } })
        return { data: { person: person.id, relationship: 'self', signatoryName: 'Signataire', scopes: ['facebook'] } }
      }
      case 'consent-forms':
        return { data: {}, file: file() }
      case 'users':
        return { data: { email: `matrice-${counter}@test.balises.test`, password: `Mot-de-passe-${counter}`, roles: ['redaction'] } }
    }
    throw new Error(`no sample for ${slug}`)
  }

  const updateData: Record<string, Record<string, unknown>> = {
    posts: { valuesConfirmed: true },
    media: { alt: 'Texte de remplacement revu' },
    positions: { summary: 'Énoncé revu' },
    categories: { labelEn: 'Reviewed label' },
    people: { notes: 'Note revue' },
    consents: { formVersion: 'v2' },
    'consent-forms': {},
    users: { name: 'Nom revu' },
  }

  /** A document made by the system, to read, update or delete. */
  async function target(slug: string, extra: Record<string, unknown> = {}) {
    const { data, file: upload } = await sample(slug)
    return payload.create({ collection: slug as CollectionSlug, data: { ...data, ...extra } as never, ...(upload ? { file: upload } : {}) })
  }

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
        expect(await visible(userOf(actor)!.id)).toBe(true)
      }
      return
    }
    if (operation === 'update') {
      const update = (id: number | string) => payload.update({ collection, id, data: updateData[slug] as never, ...as(actor) })
      if (cell === 'own') {
        expect(await refused(update((await target(slug)).id))).toBe(true)
        expect(await refused(update(userOf(actor)!.id))).toBe(false)
      } else {
        expect(await refused(update((await target(slug)).id))).toBe(cell === false)
      }
      return
    }
    const doc = await target(slug)
    expect(await refused(payload.delete({ collection, id: doc.id, ...as(actor) }))).toBe(cell === false)
    const remaining = await payload.count({ collection, where: { id: { equals: doc.id } } })
    expect(remaining.totalDocs).toBe(cell === false ? 1 : 0)
  }

  const collectionCells = Object.entries(ACCESS_MATRIX)
    .filter(([slug]) => !slug.endsWith('(global)'))
    .flatMap(([slug, operations]) =>
      Object.entries(operations).flatMap(([operation, row]) =>
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
    expect(await refused(payload.updateGlobal({ slug: 'policy', data: { weeklyHours: 5 }, ...as(actor) }))).toBe(cells.update![actor] === false)
    checked += 2
  })

  it('covers every collection Balises adds', () => {
    const ours = payload.config.collections.map((collection) => collection.slug).filter((slug) => !slug.startsWith('payload-'))
    expect(ours.sort()).toEqual(Object.keys(ACCESS_MATRIX).filter((slug) => !slug.endsWith('(global)')).sort())
  })
})
