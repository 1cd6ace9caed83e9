import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { setUpTeam, type Team } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'

describe('upload folders belong to the database; only files its documents reference are served', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  it('stores media and signed forms beside this test’s own database file, not under the working directory', () => {
    const databaseDir = path.dirname(process.env.DATABASE_URI!.slice('file:'.length))
    for (const slug of ['media', 'consent-forms'] as const) {
      const staticDir = payload.collections[slug].config.upload.staticDir!
      expect(staticDir).toBe(path.join(databaseDir, slug))
      expect(staticDir.startsWith(process.cwd())).toBe(false)
    }
  })

  it('serves a referenced file, refuses a file no document of this database references (403, never 500)', async () => {
    const data = await sharp({ create: { width: 480, height: 360, channels: 3, background: '#3366aa' } })
      .png()
      .toBuffer()
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Affiche', noIdentifiablePerson: true },
      file: { data, mimetype: 'image/png', name: `affiche-${Date.now()}.png`, size: data.length },
    })
    expect(image.sizes?.thumbnail?.filename).toBeTruthy()
    const staticDir = payload.collections.media.config.upload.staticDir!
    expect(fs.existsSync(path.join(staticDir, image.filename!))).toBe(true)
    // What another instance (or a restored backup, or a leftover) left in the same folder.
    const stranger = `autre-instance-${Date.now()}.png`
    fs.copyFileSync(path.join(staticDir, image.filename!), path.join(staticDir, stranger))
    const token = await restLogin(payload, team.admin.email, team.admin.password)
    expect((await rest(payload, 'GET', `/api/media/file/${image.filename}`, { token })).status).toBe(200)
    expect((await rest(payload, 'GET', `/api/media/file/${image.sizes!.thumbnail!.filename}`, { token })).status).toBe(200)
    expect((await rest(payload, 'GET', `/api/media/file/${stranger}`, { token })).status).toBe(403)
    expect((await rest(payload, 'GET', '/api/media/file/nothing-here.png', { token })).status).toBe(403)
    await payload.delete({ collection: 'media', id: image.id, user: team.responsable, overrideAccess: false })
    expect((await rest(payload, 'GET', `/api/media/file/${image.filename}`, { token })).status).toBe(403)
  })
})
