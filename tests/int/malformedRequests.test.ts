import fs from 'node:fs'

import sharp from 'sharp'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { databaseFingerprint, fingerprintChanges } from '../helpers/databaseFingerprint'
import { categoryId, draftPost, setUpTeam, type Team } from '../helpers/fixtures'
import { malformedRequests, postBody } from '../helpers/malformedRequests'
import { rest, restLogin } from '../helpers/rest'

process.env.JOBS_AUTORUN = 'false'
// Small, so that the test sends little: the limit is a setting (MAX_UPLOAD_MB, plugin option maxUploadMB).
process.env.MAX_UPLOAD_MB = '1'

describe('malformed requests: the specific cases of issue 10 get a 4xx and write nothing', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  let token: string
  let category: number | string
  let post: number | string

  beforeAll(async () => {
    token = await restLogin(payload, team.admin.email, team.admin.password)
    category = await categoryId(payload, 'CAT-2')
    post = (await draftPost(payload, team.redaction)).id
  })

  it('answers every one with its 4xx, never a 5xx, database unchanged', async () => {
    const before = await databaseFingerprint(payload)
    const answers: string[] = []
    for (const request of malformedRequests({ post })) {
      const headers = request.contentType ? { 'content-type': request.contentType } : undefined
      const answer = await rest(payload, request.method, request.path, { token, body: request.body, headers })
      const fits = request.status === undefined ? answer.status >= 400 && answer.status < 500 : answer.status === request.status
      if (!fits || answer.json === null) answers.push(`${request.label}: ${answer.status} ${answer.text.slice(0, 160)}`)
    }
    expect(answers).toEqual([])
    expect(fingerprintChanges(before, await databaseFingerprint(payload))).toEqual([])
  })

  it('refuses impossible days and years outside 1900–2200 at the field, in French and English, not shifted', async () => {
    const before = await payload.count({ collection: 'posts' })
    const cases: [string, string, string][] = [
      ['2026-02-30T10:00:00.000Z', 'fr', 'le jour 30 n’existe pas'],
      ['2026-02-30', 'en', 'day 30 does not exist'],
      ['1899-12-31T10:00:00.000Z', 'fr', 'entre 1900 et 2200'],
      ['+099999-01-01T00:00:00.000Z', 'en', 'between 1900 and 2200'],
    ]
    for (const [publishAt, language, message] of cases) {
      const answer = await rest(payload, 'POST', '/api/posts', {
        token,
        body: postBody(category, { publishAt }),
        headers: { 'accept-language': language },
      })
      expect(answer.status, answer.text.slice(0, 200)).toBe(400)
      expect(answer.json.errors[0].data.errors).toEqual([
        expect.objectContaining({ path: 'publishAt', message: expect.stringContaining(message) }),
      ])
    }
    const update = await rest(payload, 'PATCH', `/api/posts/${post}`, { token, body: JSON.stringify({ closingDate: '2026-04-31' }) })
    expect(update.status).toBe(400)
    expect(update.json.errors[0].data.errors[0].path).toBe('closingDate')
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(before.totalDocs)
    const leap = await rest(payload, 'POST', '/api/posts', { token, body: postBody(category, { publishAt: '2028-02-29T15:00:00.000Z' }) })
    expect(leap.status, leap.text.slice(0, 300)).toBe(201)
    expect(leap.json.doc.publishAt).toBe('2028-02-29T15:00:00.000Z')
  })

  it('refuses a NUL character in a title or any text, naming the field', async () => {
    const before = await databaseFingerprint(payload)
    const title = await rest(payload, 'POST', '/api/posts', {
      token,
      body: postBody(category, { title: 'Nos\u0000ateliers' }),
      headers: { 'accept-language': 'en' },
    })
    expect(title.status).toBe(400)
    expect(title.json.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'title', message: 'The text contains a NUL character (U+0000): remove it.' }),
    ])
    const text = await rest(payload, 'PATCH', `/api/posts/${post}`, {
      token,
      body: JSON.stringify({ channels: [{ channel: 'facebook', text: 'a\u0000' }] }),
    })
    expect(text.status).toBe(400)
    expect(text.json.errors[0].data.errors[0]).toMatchObject({ path: 'channels.0.text', message: expect.stringContaining('caractère nul') })
    const label = await rest(payload, 'POST', '/api/categories', {
      token,
      body: JSON.stringify({ code: 'CAT-77', labelFr: 'x\u0000', labelEn: 'x', color: '#123456' }),
    })
    expect(label.status).toBe(400)
    expect(fingerprintChanges(before, await databaseFingerprint(payload))).toEqual([])
  })

  it('answers an upload over the limit with 413 naming the limit, and takes one under it', async () => {
    const upload = async (bytes: number) => {
      const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366aa' } })
        .png()
        .toBuffer()
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(Buffer.concat([image, Buffer.alloc(bytes)]))], { type: 'image/png' }),
        `photo-${bytes}.png`,
      )
      form.append('_payload', JSON.stringify({ alt: 'Atelier', noIdentifiablePerson: true }))
      return rest(payload, 'POST', '/api/media', { token, form })
    }
    const before = await databaseFingerprint(payload)
    const started = Date.now()
    const tooLarge = await upload(2 * 1024 * 1024)
    expect(tooLarge.status).toBe(413)
    expect(tooLarge.json.errors[0].message).toBe('Le fichier dépasse la taille maximale permise de 1 Mo.')
    expect(fingerprintChanges(before, await databaseFingerprint(payload))).toEqual([])
    expect((await upload(512 * 1024)).status).toBe(201)
    // Received into temporary files (videos do not sit in memory), and none is left behind.
    const folder = payload.config.upload.tempFileDir!
    const left = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => Number(name.split('-').pop()) >= started) : []
    expect(payload.config.upload.useTempFiles).toBe(true)
    expect(left).toEqual([])
  })
})
