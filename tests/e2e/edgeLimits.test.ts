import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type RunningApp } from './helpers/app'
import { apiToken } from './helpers/session'

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

type RawRequest = {
  method?: string
  path: string
  headers?: Record<string, string>
  /** Written in full, unless `declaredLength` says more is coming (the rest is never sent). */
  body?: string
  declaredLength?: number
  localAddress?: string
}

/** A request over a plain socket, so that the body can be cut short or sent chunked. */
function send(
  app: RunningApp,
  { method = 'POST', path, headers = {}, body = '', declaredLength, localAddress }: RawRequest,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${app.url}${path}`, {
      method,
      localAddress,
      headers: { 'content-type': 'application/json', ...(declaredLength ? { 'content-length': String(declaredLength) } : {}), ...headers },
    })
    request.on('response', (response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => (text += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }))
    })
    // A server that refuses early closes the connection while the rest of a body is on its way: the
    // answer usually arrives first; if the reset wins, the status is 0 (and the test says so).
    request.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE'
        ? setTimeout(() => resolve({ status: 0, headers: {}, body: '{}' }), 1_000)
        : reject(error),
    )
    request.write(body)
    if (!declaredLength) request.end()
  })
}

const json = (answer: Answer) => JSON.parse(answer.body) as { errors?: { message: string }[]; data?: Record<string, unknown> }

describe('the Express edge: CSRF, request sizes, GraphQL authentication, HSTS (production build)', () => {
  let app: RunningApp
  let cookie: string
  let adminToken: string

  beforeAll(async () => {
    app = await startApp({ AUTH_RATE_LIMIT_MAX: '10', AUTH_RATE_LIMIT_WINDOW_MS: '60000' })
    const token = await apiToken(app, 'responsable')
    cookie = `payload-token=${token}`
    adminToken = await apiToken(app, 'admin')
  })
  afterAll(async () => {
    await app?.stop()
  })

  const peopleNamed = async (fullName: string) => {
    const response = await fetch(`${app.url}/api/people?where[fullName][equals]=${encodeURIComponent(fullName)}`, {
      headers: { authorization: `JWT ${adminToken}` },
    })
    return ((await response.json()) as { totalDocs: number }).totalDocs
  }

  describe('CSRF: with CSRF_ORIGINS and SERVER_URL empty, only the request’s own origin may write with the cookie', () => {
    const port = () => Number(new URL(app.url).port)

    it('refuses a cookie write from another port of the same host, and from another site; nothing is written', async () => {
      for (const origin of [`http://localhost:${port() + 1}`, 'https://evil.example', 'null']) {
        const answer = await send(app, {
          path: '/api/people',
          headers: { cookie, origin },
          body: JSON.stringify({ fullName: `Forgée ${origin}`, kind: 'other' }),
        })
        expect(answer.status, origin).toBe(403)
        expect(json(answer).errors?.[0].message).toContain('CSRF')
        expect(await peopleNamed(`Forgée ${origin}`)).toBe(0)
      }
      const graphql = await send(app, {
        path: '/api/graphql',
        headers: { cookie, origin: `http://localhost:${port() + 1}` },
        body: JSON.stringify({ query: 'mutation { createPerson(data: { fullName: "Forgée GraphQL", kind: other }) { id } }' }),
      })
      expect(graphql.status).toBe(403)
      expect(await peopleNamed('Forgée GraphQL')).toBe(0)
    })

    it('refuses a cross-site write without Origin, and accepts the same cookie from the app’s own origin', async () => {
      const crossSite = await send(app, {
        path: '/api/people',
        headers: { cookie, 'sec-fetch-site': 'cross-site' },
        body: JSON.stringify({ fullName: 'Sans origine', kind: 'other' }),
      })
      expect(crossSite.status).toBe(403)
      const own = await send(app, {
        path: '/api/people',
        headers: { cookie, origin: app.url },
        body: JSON.stringify({ fullName: 'Légitime', kind: 'other' }),
      })
      expect(own.status).toBe(201)
      expect(await peopleNamed('Légitime')).toBe(1)
    })
  })

  describe('request size: one request cannot hold the server', () => {
    const fiftyChannels = (length: number) =>
      JSON.stringify({ data: { channels: Array.from({ length: 50 }, () => ({ channel: 'x', text: 'a'.repeat(length) })) } })

    it('answers 413 to a 5 MB compliance request from its Content-Length, before the body is even sent, while /healthz answers', async () => {
      // 50 channels × 100,000 characters: only the first kilobyte is ever written.
      const declaredLength = fiftyChannels(100_000).length
      const pending = send(app, {
        path: '/api/posts/compliance',
        headers: { cookie, origin: app.url },
        body: fiftyChannels(100_000).slice(0, 1_000),
        declaredLength,
      })
      const health = await fetch(`${app.url}/healthz`)
      expect(health.status).toBe(200)
      const refused = await pending
      expect(refused.status).toBe(413)
      expect(json(refused).errors?.[0].message).toMatch(/au plus 1\s000 ko .*API_BODY_MAX_BYTES.*at most 1,000 kB/)
    })

    it('answers 413 to a chunked body once it passes the limit', async () => {
      const answer = await send(app, {
        path: '/api/posts/compliance',
        headers: { cookie, origin: app.url, 'transfer-encoding': 'chunked' },
        body: fiftyChannels(30_000),
      })
      expect(answer.status).toBe(413)
    })

    it('refuses 50 channel rows within the size limit with CHAN-1 at the field, without running the rules', async () => {
      const answer = await send(app, { path: '/api/posts/compliance', headers: { cookie, origin: app.url }, body: fiftyChannels(10) })
      expect(answer.status).toBe(400)
      expect(json(answer).errors).toEqual([{ path: 'channels', message: expect.stringMatching(/^CHAN-1 : au plus 6 réseaux/) }])
    })

    it('still passes a body it has read on to Payload intact (a REST validation error keeps its data)', async () => {
      const answer = await send(app, {
        path: '/api/categories',
        headers: { authorization: `JWT ${adminToken}`, 'transfer-encoding': 'chunked' },
        body: JSON.stringify({ code: 'CAT-99', labelFr: 'Essai', labelEn: 'Test', color: 'rouge' }),
      })
      expect(answer.status).toBe(400)
      expect(JSON.parse(answer.body).errors[0].data.errors[0]).toMatchObject({ path: 'color', message: expect.stringContaining('#rrggbb') })
    })
  })

  describe('GraphQL authentication mutations share the REST rate limit', () => {
    const login = (index: number) => `mutation { loginUser(email: "nobody@demo.balises.test", password: "wrong-${index}") { token } }`

    it('refuses 25 aliased logins in one request without checking any password', async () => {
      const aliases = Array.from(
        { length: 25 },
        (_, index) => `a${index}: loginUser(email: "nobody@demo.balises.test", password: "p${index}") { token }`,
      )
      const answer = await send(app, {
        path: '/api/graphql',
        localAddress: '127.0.0.21',
        body: JSON.stringify({ query: `mutation { ${aliases.join(' ')} }` }),
      })
      expect(answer.status).toBe(400)
      expect(json(answer).errors?.[0].message).toContain('celle-ci en compte 25')
    })

    it('answers the 11th attempt from one IP with 429, REST and GraphQL counted together', async () => {
      const ip = '127.0.0.22'
      const statuses: number[] = []
      for (let attempt = 1; attempt <= 5; attempt++) {
        const rest = await send(app, {
          path: '/api/users/login',
          localAddress: ip,
          body: JSON.stringify({ email: 'nobody@demo.balises.test', password: `wrong-${attempt}` }),
        })
        statuses.push(rest.status)
      }
      for (let attempt = 6; attempt <= 11; attempt++) {
        const graphql = await send(app, { path: '/api/graphql', localAddress: ip, body: JSON.stringify({ query: login(attempt) }) })
        statuses.push(graphql.status)
      }
      expect(statuses.slice(0, 10)).not.toContain(429)
      expect(statuses[10]).toBe(429)
      const forgot = await send(app, {
        path: '/api/graphql',
        localAddress: ip,
        body: JSON.stringify({ query: 'mutation { forgotPasswordUser(email: "nobody@demo.balises.test") }' }),
      })
      expect(forgot.status).toBe(429)
      // Other GraphQL requests from that address are not limited.
      const other = await send(app, {
        path: '/api/graphql',
        localAddress: ip,
        body: JSON.stringify({ query: '{ Categories(limit: 1) { totalDocs } }' }),
      })
      expect(other.status).toBe(200)
    })
  })

  it('sends HSTS in production', async () => {
    const response = await fetch(`${app.url}/admin/login`)
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })
})
