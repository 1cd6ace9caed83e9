import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type RunningApp } from './helpers/app'
import { apiToken } from './helpers/session'

/** A frozen writer makes the next save wait the lock's 30 s and fail; a free one answers at once. */
const FROZEN_AFTER_MS = 5000

describe('no request can freeze the server’s writes (production build behind Express)', () => {
  let app: RunningApp
  let redaction: string
  let collective: string
  let categoryId: number

  beforeAll(async () => {
    app = await startApp()
    redaction = await apiToken(app, 'redaction')
    collective = await apiToken(app, 'collective')
    const categories = await fetch(`${app.url}/api/categories?where[code][equals]=CAT-2&depth=0`, {
      headers: { authorization: `JWT ${redaction}` },
    })
    categoryId = ((await categories.json()) as { docs: { id: number }[] }).docs[0].id
  })
  afterAll(async () => {
    await app?.stop()
  })

  const save = (title: string, signal?: AbortSignal) =>
    fetch(`${app.url}/api/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${redaction}` },
      body: JSON.stringify({
        title,
        category: categoryId,
        channels: [{ channel: 'facebook', text: 'Nos ateliers reprennent en janvier.' }],
      }),
      signal: signal ?? AbortSignal.timeout(FROZEN_AFTER_MS),
    })

  it('GET /api/payload-jobs/run?queue[]=x as a Collective member is refused (4xx), and another person’s save goes through at once', async () => {
    for (const path of ['/api/payload-jobs/run?queue[]=x', '/api/payload-jobs/handle-schedules']) {
      const answer = await fetch(`${app.url}${path}`, { headers: { authorization: `JWT ${collective}` } })
      expect(answer.status, path).toBeGreaterThanOrEqual(400)
      expect(answer.status, path).toBeLessThan(500)
    }
    const saved = await save('Après l’appel aux tâches')
    expect(saved.status).toBe(201)
  })

  it('a save whose client goes away mid-request leaves the writer free for the next one', async () => {
    const controller = new AbortController()
    const abandoned = save('Requête abandonnée', controller.signal).catch((error: Error) => error)
    setTimeout(() => controller.abort(), 30)
    await abandoned
    const saved = await save('Après la requête abandonnée')
    expect(saved.status).toBe(201)
  })
})
