import type { Field, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { badPayloads, bodyFields, type BadPayload } from '../helpers/badPayloads'
import { malformedRequests } from '../helpers/malformedRequests'
import { CUSTOM_BODIES, INTERNAL, REPLACED_ON_SAVE } from '../helpers/malformedTargets'
import { startApp, type RunningApp } from './helpers/app'
import { apiToken } from './helpers/session'
import { sqliteFingerprint, tableChanges } from './helpers/sqliteFingerprint'

/** Per write endpoint: a deterministic sample of the int suite's 200 generated payloads (CI time). */
const SAMPLE = 12

type Target = { method: 'POST' | 'PATCH'; path: string; payloads: BadPayload[] }

/** Fields any sender may write: a field with its own access rule could be dropped, and the rest of the body then accepted. */
const withoutFieldAccess = (field: Field) => !(field as { access?: unknown }).access

function sample<T>(items: T[], size: number): T[] {
  if (items.length <= size) return items
  const step = items.length / size
  return Array.from({ length: size }, (_, index) => items[Math.floor(index * step)])
}

/**
 * The malformed-input suite against the production build served by Express, as `npm start` runs
 * it: the production bundle does not have the module and frame names the sources have, so what
 * holds in tests/int must be shown to hold here too.
 */
describe('malformed input over HTTP, production build behind Express: every answer a 4xx, database unchanged', () => {
  let app: RunningApp
  let token: string
  let config: SanitizedConfig
  const ids: Record<string, number | string> = {}

  beforeAll(async () => {
    app = await startApp({ JOBS_AUTORUN: 'false' })
    token = await apiToken(app, 'admin')
    config = await (await import('@payload-config')).default
    for (const collection of config.collections.filter((item) => !INTERNAL.has(item.slug))) {
      const answer = await fetch(`${app.url}/api/${collection.slug}?limit=1&depth=0&draft=true`, {
        headers: { authorization: `JWT ${token}` },
      }).catch((error) => {
        throw new Error(`${String(error)}; server output:\n${app.output().slice(-3000)}`)
      })
      const doc = ((await answer.json()) as { docs?: { id: number | string }[] }).docs?.[0]
      if (doc) ids[collection.slug] = doc.id
    }
  })
  afterAll(async () => {
    await app?.stop()
  })

  const send = (method: string, path: string, body?: string, contentType?: string) =>
    fetch(`${app.url}${path}`, {
      method,
      headers: { authorization: `JWT ${token}`, ...(contentType ? { 'content-type': contentType } : {}) },
      body,
    })

  it('answers the specific malformed requests of issue 10 with their 4xx', async () => {
    const before = await sqliteFingerprint(app.databaseUri)
    const wrong: string[] = []
    for (const request of malformedRequests({ post: ids.posts })) {
      const response = await send(request.method, request.path, request.body, request.contentType)
      const text = await response.text()
      const fits = request.status === undefined ? response.status >= 400 && response.status < 500 : response.status === request.status
      if (!fits) wrong.push(`${request.label}: ${response.status} ${text.slice(0, 160)}`)
    }
    expect(wrong).toEqual([])
    expect(tableChanges(before, await sqliteFingerprint(app.databaseUri))).toEqual([])
  })

  it('refuses a sample of the generated bad payloads on every collection and global with a 4xx', { timeout: 300_000 }, async () => {
    const idType = config.collections.length > 0 && typeof ids.posts === 'number' ? 'number' : 'text'
    const targets: Target[] = []
    for (const collection of config.collections.filter((item) => !INTERNAL.has(item.slug))) {
      // As in the int suite: what Payload rewrites on every save of an upload or an account is no breaker.
      const replaced = new Set<string>([
        ...(collection.upload ? REPLACED_ON_SAVE.upload : []),
        ...(collection.auth ? REPLACED_ON_SAVE.auth : []),
      ])
      const fields = bodyFields(collection.fields, withoutFieldAccess).filter((field) => !replaced.has(field.name))
      const options = {
        fields,
        seed: collection.slug,
        upload: Boolean(collection.upload),
        timestamps: collection.timestamps !== false,
        idType,
        maxTextLength: config.defaultMaxTextLength ?? 40_000,
      } as const
      targets.push({
        method: 'POST',
        path: `/api/${collection.slug}`,
        payloads: sample(badPayloads({ ...options, operation: 'create' }), SAMPLE),
      })
      if (ids[collection.slug] !== undefined) {
        targets.push({
          method: 'PATCH',
          path: `/api/${collection.slug}/${ids[collection.slug]}`,
          payloads: sample(badPayloads({ ...options, operation: 'update' }), SAMPLE),
        })
      }
    }
    for (const global of config.globals.filter((item) => !INTERNAL.has(item.slug))) {
      // The policy's fields are all the administrators' and the responsible person's: the sender may write them all.
      const fields = bodyFields(global.fields)
      targets.push({
        method: 'POST',
        path: `/api/globals/${global.slug}`,
        payloads: sample(badPayloads({ fields, operation: 'update', seed: global.slug, idType }), SAMPLE),
      })
    }
    for (const [key, spec] of Object.entries(CUSTOM_BODIES)) {
      const [method, path] = key.split(' ') as ['POST' | 'PATCH', string]
      const slug = path.split('/')[2]
      const concrete = path.replace(/:id\??/, String(ids[slug]))
      const payloads = badPayloads({
        fields: spec.fields,
        operation: 'update',
        seed: key,
        noBody: spec.noBody,
        idType,
        maxTextLength: spec.maxTextLength ?? config.defaultMaxTextLength ?? 40_000,
      })
      targets.push({ method, path: concrete, payloads: sample(payloads, SAMPLE) })
    }

    const before = await sqliteFingerprint(app.databaseUri)
    const wrong: string[] = []
    let sent = 0
    for (const target of targets) {
      for (const bad of target.payloads) {
        const response = await send(target.method, target.path, bad.body, bad.contentType)
        const text = await response.text()
        sent++
        if (response.status < 400 || response.status >= 500) {
          wrong.push(
            `${response.status} ${target.method} ${target.path} [${bad.category}] ${bad.summary.slice(0, 100)} → ${text.slice(0, 160)}`,
          )
        }
      }
    }
    const changes = tableChanges(before, await sqliteFingerprint(app.databaseUri))
    console.log(
      `malformed input (production build, Express): ${sent} payloads to ${targets.length} endpoints, ${sent - wrong.length} 4xx, ${wrong.length} other, ${changes.length === 0 ? 'database unchanged' : `database CHANGED: ${changes.join('; ')}`}`,
    )
    expect(wrong.slice(0, 30)).toEqual([])
    expect(changes).toEqual([])
    // The app logs at LOG_LEVEL=error here (vitest's env): none of these refusals may reach it, nor any stack.
    const errorLines = app
      .output()
      .split('\n')
      .filter((line) => line.includes('"level":50') || line.includes('"stack"'))
    expect(errorLines.map((line) => line.slice(0, 300))).toEqual([])
    expect(await (await fetch(`${app.url}/healthz`)).json()).toMatchObject({ status: 'ok' })
  })
})

describe('uploads through Express on the production build: whole up to the limit, 413 above it', () => {
  let app: RunningApp
  let token: string
  beforeAll(async () => {
    // 20 MB: above Next's 10 MB default proxy buffer, which cut bodies silently (the 12 MB PNG 500).
    app = await startApp({ JOBS_AUTORUN: 'false', MAX_UPLOAD_MB: '20' })
    token = await apiToken(app, 'admin')
  })
  afterAll(async () => {
    await app?.stop()
  })

  const upload = async (megabytes: number) => {
    const { default: sharp } = await import('sharp')
    const image = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#3366aa' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(Buffer.concat([image, Buffer.alloc(megabytes * 1024 * 1024)]))], { type: 'image/png' }),
      `photo-${megabytes}.png`,
    )
    form.append('_payload', JSON.stringify({ alt: 'Atelier', noIdentifiablePerson: true }))
    const response = await fetch(`${app.url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    return { status: response.status, body: (await response.json()) as { errors?: { message: string }[]; doc?: { filesize: number } } }
  }

  it('takes a 12 MB image whole and refuses a 25 MB one with 413 naming the limit, writing nothing', { timeout: 120_000 }, async () => {
    const accepted = await upload(12)
    expect(accepted.status, JSON.stringify(accepted.body).slice(0, 300)).toBe(201)
    expect(accepted.body.doc?.filesize).toBeGreaterThan(12 * 1024 * 1024)
    const before = await sqliteFingerprint(app.databaseUri)
    const refused = await upload(25)
    expect(refused.status).toBe(413)
    expect(refused.body.errors?.[0].message).toBe('Le fichier dépasse la taille maximale permise de 20 Mo.')
    expect(tableChanges(before, await sqliteFingerprint(app.databaseUri))).toEqual([])
  })
})
