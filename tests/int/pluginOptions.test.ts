import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { balises, type BalisesOptions } from '../../src/index'
import { seedPolicyDefaults } from '../../src/policy/seedDefaults'
import { hasRole, rolesOf } from '../../src/roles'

/**
 * A host of its own (not this repository's payload.config.ts): its users collection has its own
 * `roles` select, there is no config-level editor, and the schema is pushed (no Balises migrations).
 */
function hostConfig(folder: string, options: BalisesOptions) {
  return buildConfig({
    secret: 'plugin-options-test',
    telemetry: false,
    db: sqliteAdapter({ client: { url: `file:${path.join(folder, 'host.db')}` }, push: true }),
    collections: [
      {
        slug: 'users',
        auth: true,
        fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['editor', 'viewer'] }],
      },
    ],
    i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr' },
    plugins: [balises({ rolesField: 'balisesRoles', uploadsDir: path.join(folder, 'uploads'), jobsAutoRun: false, ...options })],
  })
}

type Account = { id: number | string; collection: 'users'; [field: string]: unknown }

let counter = 0

async function account(payload: Payload, fields: { roles: string[]; balisesRoles: string[] }): Promise<Account> {
  counter++
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `options-${counter}@test.balises.test`,
      password: `Mot-de-passe-${counter}`,
      codeOfConductAcceptedAt: new Date().toISOString(),
      ...fields,
    } as never,
  })
  return { ...(user as unknown as Account), collection: 'users', password: `Mot-de-passe-${counter}` }
}

const folders: string[] = []
function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balises-options-'))
  folders.push(folder)
  return folder
}

afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true })
})

async function categoryCount(payload: Payload): Promise<number> {
  return (await payload.count({ collection: 'categories' })).totalDocs
}

async function refusalOf(promise: Promise<unknown>): Promise<{ status: number; messages: string[] }> {
  try {
    await promise
  } catch (error) {
    const caught = error as { status?: number; data?: { errors?: { message: string }[] } }
    return { status: caught.status ?? 0, messages: (caught.data?.errors ?? []).map((entry) => entry.message) }
  }
  throw new Error('expected the save to be refused, but it was accepted')
}

describe('a host with its own roles field, rolesField: balisesRoles, no config-level editor', () => {
  const folder = tempFolder()
  const config = hostConfig(folder, {})
  let payload: Payload

  beforeAll(async () => {
    payload = await getPayload({ config, key: 'options-first' })
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('onInit seeded the ten categories and the policy defaults', async () => {
    expect(await categoryCount(payload)).toBe(10)
    const policy = await payload.findGlobal({ slug: 'policy', depth: 0 })
    expect(policy.updatedAt).toBeTruthy()
    expect(policy.forbiddenPatterns).toContain('condoléances')
  })

  it("keeps both fields: the host's roles and Balises' balisesRoles (where the first account becomes admin)", async () => {
    const first = await account(payload, { roles: ['viewer'], balisesRoles: ['collective'] })
    const second = await account(payload, { roles: ['editor'], balisesRoles: ['collective'] })
    const stored = async (id: Account['id']) =>
      (await payload.findByID({ collection: 'users', id, depth: 0 })) as unknown as Record<string, unknown>
    expect(await stored(first.id)).toMatchObject({ roles: ['viewer'], balisesRoles: ['admin'] })
    expect(await stored(second.id)).toMatchObject({ roles: ['editor'], balisesRoles: ['collective'] })
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'bad@test.balises.test', password: 'x-long-password', roles: ['responsable'] } as never,
      }),
    ).rejects.toThrow()
  })

  it('lets a balisesRoles responsable approve, and gives a host editor no Balises role', async () => {
    const responsable = await account(payload, { roles: [], balisesRoles: ['responsable'] })
    const redaction = await account(payload, { roles: ['editor'], balisesRoles: ['redaction'] })
    const editor = await account(payload, { roles: ['editor'], balisesRoles: [] })
    expect(hasRole(responsable, 'responsable')).toBe(true)
    expect(hasRole(editor, 'admin', 'responsable', 'redaction', 'collective')).toBe(false)
    expect(rolesOf(editor)).toEqual([])
    const { user: signedIn } = await payload.login({
      collection: 'users',
      data: { email: responsable.email as string, password: responsable.password as string },
    })
    expect(hasRole(signedIn, 'responsable')).toBe(true)

    const { docs } = await payload.find({ collection: 'categories', where: { code: { equals: 'CAT-2' } }, limit: 1 })
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: 'Nos ateliers',
        category: docs[0].id,
        channels: [{ channel: 'facebook', text: 'Nos animatrices offrent des ateliers de prévention.' }],
      } as never,
      user: redaction,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'posts',
      id: post.id,
      data: { workflowStatus: 'in_review' } as never,
      user: redaction,
      overrideAccess: false,
    })
    await expect(
      payload.update({
        collection: 'posts',
        id: post.id,
        data: { workflowStatus: 'approved', valuesConfirmed: true } as never,
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const approved = await payload.update({
      collection: 'posts',
      id: post.id,
      data: { workflowStatus: 'approved', valuesConfirmed: true } as never,
      user: responsable,
      overrideAccess: false,
    })
    expect(approved.workflowStatus).toBe('approved')
    const seenByEditor = await payload.find({
      collection: 'posts',
      where: { id: { equals: post.id } },
      user: editor,
      overrideAccess: false,
    })
    expect(seenByEditor.docs).toHaveLength(0)
  })

  it('flags a post with a forbidden phrase, and refuses to submit it without a category (the hooks are on)', async () => {
    const redaction = await account(payload, { roles: [], balisesRoles: ['redaction'] })
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Fête', channels: [{ channel: 'facebook', text: 'Joyeux anniversaire à notre collègue Julie !' }] } as never,
      user: redaction,
      overrideAccess: false,
    })
    expect(post.compliance?.map((row) => row.rule)).toContain('FORBID-1')
    const refused = await refusalOf(
      payload.update({
        collection: 'posts',
        id: post.id,
        data: { workflowStatus: 'in_review' } as never,
        user: redaction,
        overrideAccess: false,
      }),
    )
    expect(refused.status).toBe(400)
  })

  it('a second start adds nothing: still ten categories, a renamed or retired one untouched, the policy kept', async () => {
    const { docs } = await payload.find({ collection: 'categories', where: { code: { equals: 'CAT-4' } }, limit: 1 })
    await payload.update({ collection: 'categories', id: docs[0].id, data: { labelFr: 'Journée des enfants (renommée)', retired: true } })
    await payload.updateGlobal({ slug: 'policy', data: { weeklyHours: 7 } as never })
    await payload.destroy()
    payload = await getPayload({ config, key: 'options-second' })
    expect(await categoryCount(payload)).toBe(10)
    const renamed = await payload.findByID({ collection: 'categories', id: docs[0].id })
    expect(renamed).toMatchObject({ labelFr: 'Journée des enfants (renommée)', retired: true })
    const policy = (await payload.findGlobal({ slug: 'policy', depth: 0 })) as unknown as Record<string, unknown>
    expect(policy.weeklyHours).toBe(7)
    expect(await seedPolicyDefaults(payload, { timeZone: 'America/Toronto' })).toEqual({ categoriesCreated: 0, policySeeded: false })
  })
})

describe('enabled: false', () => {
  const folder = tempFolder()
  let payload: Payload

  beforeAll(async () => {
    payload = await getPayload({ config: hostConfig(folder, { enabled: false }), key: 'options-disabled' })
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('keeps the collections but runs no hooks and seeds nothing: a post with a forbidden phrase and no category saves', async () => {
    expect(await categoryCount(payload)).toBe(0)
    const redaction = await account(payload, { roles: [], balisesRoles: ['redaction'] })
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Fête', channels: [{ channel: 'facebook', text: 'Joyeux anniversaire à notre collègue Julie !' }] } as never,
      user: redaction,
      overrideAccess: false,
    })
    expect(post.compliance ?? []).toEqual([])
    const submitted = await payload.update({
      collection: 'posts',
      id: post.id,
      data: { workflowStatus: 'in_review' } as never,
      user: redaction,
      overrideAccess: false,
    })
    expect(submitted.workflowStatus).toBe('in_review')
    expect(payload.config.endpoints.map((endpoint) => endpoint.path)).not.toContain('/calendar/move')
  })
})
