import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import { ACCESS_MATRIX } from '../access/matrix'
import { categoryId } from './fixtures'

export type Upload = { data: Buffer; mimetype: string; name: string; size: number }
/** What an actor sends to create a document: its fields, and a file for upload collections. */
export type Sample = { data: Record<string, unknown>; file?: Upload }

/**
 * Documents to read, update or delete are always made by the system (local API, no user), so
 * collections no person may create (create false for every actor: logs and tasks written by
 * hooks) get targets too; their `data` is what the system would write.
 */
type Recipe = {
  /** Valid data for a new document; what it refers to is created first, by the system. */
  data: (n: number, payload: Payload) => Promise<Record<string, unknown>> | Record<string, unknown>
  /** Upload collections (media, consent-forms) need a file. */
  upload?: boolean
  /** A change every actor allowed to update may make. */
  update: Record<string, unknown>
  /** For `'own'` cells: what makes a document the actor's own (users: the account itself). */
  ownedBy?: (userId: number | string) => Record<string, unknown>
  /** When the stored value is not the one sent (a server-side stamp): whether the change took. */
  changed?: (doc: Record<string, unknown>) => boolean
}

async function postData(n: number, payload: Payload): Promise<Record<string, unknown>> {
  return {
    title: `Matrice ${n}`,
    category: await categoryId(payload, 'CAT-2'),
    channels: [{ channel: 'facebook', text: 'Nos ateliers de prévention dans les écoles.' }],
  }
}

/** One entry per collection of ACCESS_MATRIX (tests/access/matrix.ts). */
const RECIPES: Record<string, Recipe> = {
  posts: {
    data: postData,
    update: { valuesConfirmed: true },
  },
  media: {
    data: (n) => ({ alt: `Affiche ${n}`, noIdentifiablePerson: true }),
    upload: true,
    update: { alt: 'Texte de remplacement revu' },
  },
  positions: { data: (n) => ({ title: `Position ${n}`, status: 'draft' }), update: { summary: 'Énoncé revu' } },
  categories: {
    data: (n) => ({ code: `CAT-T${n}`, labelFr: 'Essai', labelEn: 'Test', color: '#123456' }),
    update: { labelEn: 'Reviewed label' },
  },
  people: { data: (n) => ({ fullName: `Personne ${n}`, kind: 'child' }), update: { notes: 'Note revue' } },
  consents: {
    data: async (n, payload) => {
      const person = await payload.create({ collection: 'people', data: { fullName: `Signataire ${n}`, kind: 'parent' } })
      return { person: person.id, relationship: 'self', signatoryName: 'Signataire', scopes: ['facebook'] }
    },
    update: { formVersion: 'v2' },
  },
  'consent-forms': { data: () => ({}), upload: true, update: {} },
  'privacy-tasks': {
    data: async (n, payload) => {
      const post = await payload.create({ collection: 'posts', data: (await postData(n, payload)) as never })
      return { kind: 'replan', cause: 'withdrawn', post: post.id, summary: `Tâche ${n}`, reason: 'Consentement retiré' }
    },
    update: { note: 'Image remplacée' },
  },
  'audience-snapshots': {
    // One snapshot per channel and day: each sample on its own day.
    data: (n) => ({ channel: 'facebook', date: new Date(Date.UTC(2020, 0, 1 + n, 12)).toISOString(), followers: 100 + n }),
    update: { followers: 999 },
  },
  meetings: {
    data: (n) => ({ date: new Date(Date.UTC(2026, 0, 1, n % 24)).toISOString(), title: `Réunion ${n}` }),
    update: { notes: 'Compte rendu' },
  },
  'moderation-log': {
    data: (n) => ({ channel: 'facebook', reason: 'spam', description: `Lien publicitaire ${n}` }),
    update: { reason: 'other' },
  },
  'help-requests': { data: () => ({ channel: 'instagram', replyLanguage: 'fr' }), update: { replyLanguage: 'en' } },
  'audit-log': {
    data: (n) => ({
      at: new Date().toISOString(),
      actorName: 'Système',
      targetCollection: 'posts',
      targetId: String(n),
      operation: 'update',
      summary: `Entrée ${n}`,
    }),
    update: { summary: 'Entrée réécrite' },
  },
  'purge-log': {
    data: (n) => ({ purgedAt: new Date().toISOString(), targetCollection: 'people', targetId: String(n), summary: `Purge ${n}` }),
    update: { summary: 'Purge réécrite' },
  },
  comments: {
    data: async (n, payload) => {
      const post = await payload.create({ collection: 'posts', data: (await postData(n, payload)) as never })
      return { post: post.id, body: `Commentaire ${n}` }
    },
    // Resolving: what the responsible person may do to any comment, and anyone to their own.
    update: { resolved: true },
    ownedBy: (userId) => ({ author: userId }),
  },
  notifications: {
    data: async (n, payload) => {
      const someone = await payload.create({
        collection: 'users',
        data: {
          email: `destinataire-${n}@test.balises.test`,
          name: `Destinataire ${n}`,
          password: `Mot-de-passe-${n}`,
          roles: ['redaction'],
        },
      })
      return { recipient: someone.id, kind: 'mention', messageFr: `Notification ${n}`, messageEn: `Notification ${n}` }
    },
    update: { readAt: '2026-01-01T00:00:00.000Z' },
    ownedBy: (userId) => ({ recipient: userId }),
    changed: (doc) => Boolean(doc.readAt),
  },
  deliveries: {
    data: async (n, payload) => {
      const post = await payload.create({ collection: 'posts', data: (await postData(n, payload)) as never })
      return { post: post.id, network: 'instagram', state: 'manual', summary: `Diffusion ${n}` }
    },
    update: { summary: 'Diffusion réécrite' },
  },
  'channel-accounts': {
    data: (n) => ({ name: `Compte ${n}`, network: 'mastodon', serverUrl: 'https://mastodon.example', secret: `jeton-matrice-${n}` }),
    update: { name: 'Compte revu' },
  },
  users: {
    data: (n) => ({ email: `matrice-${n}@test.balises.test`, name: `Matrice ${n}`, password: `Mot-de-passe-${n}`, roles: ['redaction'] }),
    update: { name: 'Nom revu' },
  },
}

const HERE = 'tests/helpers/matrixSamples.ts (RECIPES)'

/** The collections of ACCESS_MATRIX (the policy global aside). */
export function matrixCollections(): string[] {
  return Object.keys(ACCESS_MATRIX).filter((slug) => !slug.endsWith('(global)'))
}

function recipe(slug: string): Recipe {
  const found = RECIPES[slug]
  if (!found) {
    throw new Error(
      `[access matrix] no sample for collection "${slug}": add one to ${HERE} ` +
        '(valid data as the system would write it, an update, upload: true for upload collections)',
    )
  }
  return found
}

/**
 * Sample data for every collection of the access matrix, shared by the local-API and REST matrix
 * tests. Fails at once, naming the collection, if ACCESS_MATRIX gained one without a recipe here.
 */
export async function matrixSamples(payload: Payload) {
  matrixCollections().forEach(recipe)
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#88aacc' } })
    .png()
    .toBuffer()
  let counter = 0
  const file = (): Upload => ({ data: png, mimetype: 'image/png', name: `matrice-${++counter}.png`, size: png.length })

  async function sample(slug: string): Promise<Sample> {
    const { data, upload } = recipe(slug)
    counter++
    return { data: await data(counter, payload), ...(upload ? { file: file() } : {}) }
  }

  /** A document made by the system (no user), for an actor to read, update or delete. */
  async function target(slug: string, extra: Record<string, unknown> = {}): Promise<{ id: number | string }> {
    const { data, file: upload } = await sample(slug)
    return payload.create({ collection: slug as CollectionSlug, data: { ...data, ...extra } as never, ...(upload ? { file: upload } : {}) })
  }

  const updateData = (slug: string): Record<string, unknown> => recipe(slug).update

  /** A document that is `user`'s own, for `'own'` cells. */
  async function ownTarget(slug: string, user: { id: number | string }): Promise<{ id: number | string }> {
    const { ownedBy } = recipe(slug)
    if (slug === 'users') return { id: user.id }
    if (!ownedBy) throw new Error(`[access matrix] "${slug}" has 'own' cells: give its recipe an ownedBy in ${HERE}`)
    return target(slug, ownedBy(user.id))
  }

  /** Whether an update of `slug` took, read from the stored document; null when its recipe changes nothing to read. */
  const updateTook = (slug: string, doc: Record<string, unknown> | null): boolean | null => {
    const { update, changed } = recipe(slug)
    if (changed) return Boolean(doc) && changed(doc!)
    if (Object.keys(update).length === 0) return null
    return Boolean(doc) && Object.entries(update).every(([field, value]) => doc![field] === value)
  }

  return { sample, target, ownTarget, updateData, updateTook }
}

export type MatrixSamples = Awaited<ReturnType<typeof matrixSamples>>
