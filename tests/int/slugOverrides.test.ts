import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventsEndpoint } from '../../calendar/endpoints/eventsEndpoint'
import { feedEndpoint, feedTokenEndpoints } from '../../calendar/endpoints/feedEndpoints'
import { balises } from '../../src/index'
import { defaultPolicy } from '../../src/policy/defaults'
import type { Role } from '../../src/roles'
import { slugsOf } from '../../src/slugs'
import { addDays } from '../../src/time/days'
import { dayKey } from '../../src/time/zonedTime'
import { callEndpoint } from '../helpers/endpoints'

/**
 * Balises in a host built like Payload's website template (its own media, posts, categories and
 * `staff` accounts), its collections renamed with `slugs`. The committed migrations describe the
 * default slugs, so this database's schema is pushed from this config.
 */
const SLUGS = { media: 'social-media', posts: 'social-posts', categories: 'social-categories' } as const
// Inside the iCal feed's window (90 days back, 400 ahead) whatever day the test runs: 60 days ahead, 15:00 UTC.
const PUBLISH_DAY = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)
const PUBLISH_AT = `${PUBLISH_DAY}T15:00:00.000Z`

type Staff = { id: number | string; email: string; collection: 'staff' }

describe('balises({ usersSlug: "staff", slugs }) on a fresh SQLite database', () => {
  let payload: Payload
  let directory: string
  const team = {} as Record<'admin' | 'responsable' | 'redaction', Staff>

  beforeAll(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'balises-slugs-'))
    const config = await buildConfig({
      secret: 'balises-slug-overrides-test',
      telemetry: false,
      editor: lexicalEditor(),
      sharp,
      admin: { user: 'staff', avatar: 'default' },
      i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr' },
      db: sqliteAdapter({ client: { url: `file:${path.join(directory, 'host.db')}` }, push: true, autoIncrement: true }),
      collections: [
        { slug: 'staff', auth: true, fields: [{ name: 'name', type: 'text' }] },
        { slug: 'media', upload: { staticDir: path.join(directory, 'host-media') }, fields: [{ name: 'alt', type: 'text' }] },
        { slug: 'categories', fields: [{ name: 'title', type: 'text' }] },
        {
          slug: 'posts',
          fields: [
            { name: 'title', type: 'text' },
            { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true },
          ],
        },
      ],
      plugins: [balises({ usersSlug: 'staff', slugs: SLUGS, uploadsDir: path.join(directory, 'uploads') })],
    })
    const { getPayload } = await import('payload')
    payload = await getPayload({ config })

    // The plugin's onInit seeded the categories into the renamed collection.
    expect((await payload.count({ collection: SLUGS.categories as 'categories' })).totalDocs).toBe(10)
    await payload.updateGlobal({ slug: 'policy', data: defaultPolicy('America/Toronto') })
    const account = async (role: Role): Promise<Staff> => {
      const created = await payload.create({
        collection: 'staff' as 'users',
        data: {
          email: `${role}@slugs.balises.test`,
          password: `Mot-de-passe-${role}-1`,
          name: `Test ${role}`,
          roles: [role],
          codeOfConductAcceptedAt: new Date().toISOString(),
        },
      })
      return { ...(created as unknown as Staff), collection: 'staff' }
    }
    team.admin = await account('admin')
    team.responsable = await account('responsable')
    team.redaction = await account('redaction')
  })

  afterAll(async () => {
    await payload?.destroy()
    if (directory) fs.rmSync(directory, { recursive: true, force: true })
  })

  it('runs with the renamed slugs and leaves the host’s collections empty and their own', async () => {
    expect(slugsOf(payload)).toMatchObject({ ...SLUGS, users: 'staff' })
    expect(Object.keys(payload.collections)).toEqual(
      expect.arrayContaining(['staff', 'media', 'posts', 'categories', ...Object.values(SLUGS)]),
    )
    expect(Object.keys(payload.collections)).not.toContain('users')
    expect((await payload.count({ collection: SLUGS.categories as 'categories' })).totalDocs).toBe(10)
    expect((await payload.count({ collection: 'categories' })).totalDocs).toBe(0)
  })

  it('takes a post with an image from draft to published, as real staff accounts', async () => {
    const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366aa' } })
      .png()
      .toBuffer()
    const image = await payload.create({
      collection: SLUGS.media as 'media',
      data: { alt: 'Affiche de l’atelier', noIdentifiablePerson: true },
      file: { data, mimetype: 'image/png', name: `affiche-${Date.now()}.png`, size: data.length },
      user: team.redaction as never,
      overrideAccess: false,
    })
    const category = await payload.find({ collection: SLUGS.categories as 'categories', where: { code: { equals: 'CAT-2' } }, limit: 1 })
    const as = (user: Staff) => ({ user: user as never, overrideAccess: false as const })
    const post = await payload.create({
      collection: SLUGS.posts as 'posts',
      data: {
        title: 'Nos ateliers de prévention',
        category: category.docs[0].id,
        channels: [{ channel: 'facebook', text: 'Nos animatrices offrent des ateliers de prévention dans les écoles.' }],
        media: [image.id],
        publishAt: PUBLISH_AT,
      } as never,
      ...as(team.redaction),
    })
    expect(post.workflowStatus).toBe('draft')
    const move = (user: Staff, data: Record<string, unknown>) =>
      payload.update({ collection: SLUGS.posts as 'posts', id: post.id, data: data as never, ...as(user) })
    await move(team.redaction, { workflowStatus: 'in_review' })
    await move(team.responsable, { workflowStatus: 'approved', valuesConfirmed: true })
    await move(team.responsable, { workflowStatus: 'scheduled' })
    const published = await move(team.responsable, { workflowStatus: 'published' })
    expect(published.workflowStatus).toBe('published')
    expect(published.history?.map((entry) => `${entry.from}>${entry.to}`)).toEqual([
      'draft>in_review',
      'in_review>approved',
      'approved>scheduled',
      'scheduled>published',
    ])
    const byResponsable = published.history?.[1].by
    expect(typeof byResponsable === 'object' && byResponsable ? byResponsable.id : byResponsable).toBe(team.responsable.id)
    expect((published.media ?? []).map((item) => (typeof item === 'object' ? item.id : item))).toEqual([image.id])
    // The audit trail and the notifications name the staff accounts.
    const audit = await payload.find({ collection: 'audit-log', where: { targetId: { equals: String(post.id) } }, overrideAccess: true })
    expect(audit.docs.map((entry) => entry.targetCollection)).toContain(SLUGS.posts)
    const notices = await payload.find({
      collection: 'notifications',
      where: { post: { equals: post.id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(notices.docs.length).toBeGreaterThan(0)
    for (const notice of notices.docs) expect(notice.link).toBe(`/collections/${SLUGS.posts}/${post.id}`)
  })

  it('answers the calendar events for a staff account', async () => {
    // Published at once (above), the post is shown on the day it went out: around today, in Toronto.
    const today = dayKey(new Date(), 'America/Toronto')
    const response = await callEndpoint(payload, eventsEndpoint, {
      user: team.redaction as never,
      url: `/api/calendar/events?from=${addDays(today, -1)}&to=${addDays(today, 2)}`,
    })
    expect(response.status).toBe(200)
    expect(response.json.events.map((event: { title: string }) => event.title)).toContain('Nos ateliers de prévention')
  })

  it('gives a staff account its iCal feed, with links to the renamed posts', async () => {
    const created = await callEndpoint(payload, feedTokenEndpoints[0], { user: team.redaction as never, url: '/api/calendar/feed-token' })
    expect(created.status).toBe(200)
    const token = new URL(created.json.url).searchParams.get('token')
    const feed = await callEndpoint(payload, feedEndpoint, { url: `/api/calendar/feed.ics?token=${token}` })
    expect(feed.status).toBe(200)
    const body = feed.text.replace(/\r\n /g, '')
    expect(body).toContain('Nos ateliers de prévention')
    expect(body).toContain(`/collections/${SLUGS.posts}/`)
    const refused = await callEndpoint(payload, feedEndpoint, { url: `/api/calendar/feed.ics?token=${'x'.repeat(token!.length)}` })
    expect(refused.status).toBe(401)
  })
})
