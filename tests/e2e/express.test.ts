import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type RunningApp } from './helpers/app'
import { apiToken } from './helpers/session'

const loginToken = apiToken

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/** POST from a chosen loopback source address (fetch cannot choose one). */
function postJsonFrom(localAddress: string, url: string, payload: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
    })
    request.on('error', reject)
    request.end(JSON.stringify(payload))
  })
}

describe('the Express edge (dev/server.ts)', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp({ AUTH_RATE_LIMIT_MAX: '10', AUTH_RATE_LIMIT_WINDOW_MS: '60000' })
  })
  afterAll(async () => {
    await app?.stop()
  })

  it('keeps data.errors with field paths on a REST validation error, in French', async () => {
    const token = await loginToken(app, 'admin')
    const response = await fetch(`${app.url}/api/categories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ code: 'CAT-99', labelFr: 'Essai', labelEn: 'Test', color: 'rouge' }),
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors: { path: string; message: string }[] } }[] }
    expect(body.errors[0].data?.errors).toEqual([
      { path: 'color', label: expect.anything(), message: 'Couleur invalide : utilisez le format #rrggbb, par exemple #1d4ed8.' },
    ])
    const count = await fetch(`${app.url}/api/categories?limit=0`, { headers: { authorization: `JWT ${token}` } })
    expect(((await count.json()) as { totalDocs: number }).totalDocs).toBe(10)
  })

  it('reports database reachability on /healthz', async () => {
    const response = await fetch(`${app.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'reachable' })
  })

  it('sends security headers', async () => {
    const response = await fetch(`${app.url}/admin/login`)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("object-src 'none'")
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('answers the 11th login attempt within a minute from one IP with 429 and Retry-After', async () => {
    // A loopback address of its own, so that no other test's login shares this IP's window.
    const ip = '127.0.0.7'
    const answers: Answer[] = []
    for (let attempt = 1; attempt <= 11; attempt++) {
      answers.push(
        await postJsonFrom(ip, `${app.url}/api/users/login`, { email: 'nobody@demo.balises.test', password: `wrong-${attempt}` }),
      )
    }
    expect(answers.slice(0, 10).map((answer) => answer.status)).not.toContain(429)
    const eleventh = answers[10]
    expect(eleventh.status).toBe(429)
    expect(Number(eleventh.headers['retry-after'])).toBeGreaterThan(0)
    expect(JSON.parse(eleventh.body).errors[0].message).toContain('Trop de tentatives')

    // Another address is not affected.
    const other = await postJsonFrom('127.0.0.8', `${app.url}/api/users/login`, { email: 'nobody@demo.balises.test', password: 'x' })
    expect(other.status).not.toBe(429)
  })

  it('shuts down gracefully on SIGTERM', async () => {
    const code = await app.stop('SIGTERM')
    expect(code).toBe(0)
    expect(app.output()).toContain('SIGTERM received')
  })
})
