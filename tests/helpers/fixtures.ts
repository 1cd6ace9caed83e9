import sharp from 'sharp'
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { Category, Consent, Media, Person, Position, Post } from '../../dev/payload-types'
import type { Channel } from '../../src/channels'
import { seed } from '../../dev/seed/seed'
import { createUser, startTestPayload, type TestPayload } from './testPayload'

export type TestUser = Awaited<ReturnType<typeof createUser>>

/** One real account per role, plus a redaction account that has not accepted the code of conduct. */
export async function createTeam(payload: Payload) {
  await seed(payload, { demo: false, timeZone: 'America/Toronto' })
  const admin = await createUser(payload, ['admin'])
  const responsable = await createUser(payload, ['responsable'])
  const redaction = await createUser(payload, ['redaction'])
  const collective = await createUser(payload, ['collective'])
  const newcomer = await createUser(payload, ['redaction'], { codeOfConductAcceptedAt: null })
  return { admin, responsable, redaction, collective, newcomer }
}

export type Team = Awaited<ReturnType<typeof createTeam>>

/**
 * A fresh Payload and a team for the whole test file: `use` receives them once they exist, and
 * the database is dropped after the file.
 */
export function setUpTeam(use: (payload: Payload, team: Team) => void): void {
  let test: TestPayload | undefined
  beforeAll(async () => {
    test = await startTestPayload()
    use(test.payload, await createTeam(test.payload))
  })
  afterAll(async () => {
    await test?.close()
  })
}

export async function categoryId(payload: Payload, code: string): Promise<Category['id']> {
  const { docs } = await payload.find({ collection: 'categories', where: { code: { equals: code } }, limit: 1 })
  return docs[0].id
}

let imageCounter = 0

/** A real uploaded PNG (system set-up: tagging people is the responsible person's job). */
export async function createImage(
  payload: Payload,
  options: { noIdentifiablePerson?: boolean; people?: Person['id'][] } = {},
): Promise<Media> {
  imageCounter++
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366aa' } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: `Photo ${imageCounter}`, noIdentifiablePerson: options.noIdentifiablePerson ?? false, people: options.people ?? [] },
    file: { data, mimetype: 'image/png', name: `photo-${imageCounter}-${Date.now()}.png`, size: data.length },
  })
}

export async function createPerson(payload: Payload, data: Partial<Person> = {}): Promise<Person> {
  return payload.create({ collection: 'people', data: { fullName: 'Enfant Test', kind: 'child', ...data } })
}

const FIXTURE_CONSENT_END = '2027-12-31T00:00:00.000Z'

export async function createConsent(payload: Payload, person: Person['id'], data: Partial<Consent> = {}): Promise<Consent> {
  return payload.create({
    collection: 'consents',
    data: {
      person,
      relationship: 'parent',
      signatoryName: 'Parent Test',
      scopes: ['facebook', 'instagram'],
      validFrom: '2026-01-01T00:00:00.000Z',
      // Covers the fixed dates the tests plan posts on, and stays two years ahead of the real clock,
      // which the expiry sweep of publication runs compares it with.
      expiresAt: [FIXTURE_CONSENT_END, new Date(Date.now() + 2 * 365 * 24 * 3600_000).toISOString()].sort().at(-1),
      // PRIV-4: a consent authorises posts only with its signed form on file (or where it is kept).
      evidenceWaiver: 'Formulaire papier conservé au bureau',
      ...data,
    },
  })
}

export async function createPosition(payload: Payload, status: Position['status'] = 'adopted'): Promise<Position> {
  return payload.create({ collection: 'positions', data: { title: 'Position sur la prévention primaire', status } })
}

/** A complete, valid CAT-2 post on Facebook, as drafted by `user`. */
export async function draftPost(payload: Payload, user: TestUser, data: Partial<Post> = {}): Promise<Post> {
  return payload.create({
    collection: 'posts',
    data: {
      title: 'Nos ateliers de prévention',
      category: await categoryId(payload, 'CAT-2'),
      channels: [{ channel: 'facebook' as Channel, text: 'Nos animatrices offrent des ateliers de prévention dans les écoles.' }],
      publishAt: '2026-12-10T15:00:00.000Z',
      ...data,
    } as never,
    user,
    overrideAccess: false,
  })
}

export async function movePost(payload: Payload, user: TestUser | null, id: Post['id'], data: Partial<Post>): Promise<Post> {
  return payload.update({
    collection: 'posts',
    id,
    data: data as never,
    ...(user ? { user, overrideAccess: false } : { overrideAccess: true }),
  })
}

/** The field errors of a refused save: [{ path, message }]. */
export async function refusal(promise: Promise<unknown>): Promise<{ status: number; errors: { path: string; message: string }[] }> {
  try {
    await promise
  } catch (error) {
    const caught = error as { status?: number; data?: { errors?: { path: string; message: string }[] } }
    return { status: caught.status ?? 0, errors: caught.data?.errors ?? [] }
  }
  throw new Error('expected the save to be refused, but it was accepted')
}

/** The post as stored now (latest version, drafts included). */
export async function stored(payload: Payload, id: Post['id']): Promise<Post> {
  return payload.findByID({ collection: 'posts', id, draft: true, depth: 0 })
}
