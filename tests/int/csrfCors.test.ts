import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Team, setUpTeam } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'

// payload.config.ts reads these when it is first imported (by setUpTeam, below); each vitest file
// has its own module graph, so they apply to this file's Payload only (asserted in the first test).
const TRUSTED = 'https://balises.example'
const EVIL = 'https://evil.example'
const saved = { csrf: process.env.CSRF_ORIGINS, cors: process.env.CORS_ORIGINS }
process.env.CSRF_ORIGINS = TRUSTED
process.env.CORS_ORIGINS = ` ${TRUSTED} ,`

describe('CSRF and CORS origins from the environment (REST)', () => {
  let payload: Payload
  let team: Team
  let token: string
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  beforeAll(async () => {
    token = await restLogin(payload, team.responsable.email, team.responsable.password)
  })
  afterAll(() => {
    for (const [name, value] of [
      ['CSRF_ORIGINS', saved.csrf],
      ['CORS_ORIGINS', saved.cors],
    ] as const) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })

  const withCookie = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    rest(payload, method, path, { headers: { cookie: `payload-token=${token}`, ...headers }, body })
  const meWithCookie = async (headers: Record<string, string>) => (await withCookie('GET', '/api/users/me', headers)).json?.user?.id ?? null

  it('the config took the origins from the environment (comma list, trimmed)', () => {
    expect(payload.config.csrf).toEqual([TRUSTED])
    expect(payload.config.cors).toEqual([TRUSTED])
  })

  describe('CSRF: the session cookie counts only from an allowed origin', () => {
    it('ignores the cookie of a request from another origin: anonymous reads and writes', async () => {
      expect(await meWithCookie({ origin: EVIL })).toBeNull()
      expect((await withCookie('GET', '/api/people', { origin: EVIL })).status).toBe(403)
      const write = await withCookie('POST', '/api/people', { origin: EVIL }, { fullName: 'Forgée', kind: 'other' })
      expect(write.status).toBe(403)
      expect((await payload.find({ collection: 'people', where: { fullName: { equals: 'Forgée' } } })).totalDocs).toBe(0)
    })

    it('accepts the same cookie from the allowed origin', async () => {
      expect(await meWithCookie({ origin: TRUSTED })).toBe(team.responsable.id)
      expect((await withCookie('GET', '/api/people', { origin: TRUSTED })).status).toBe(200)
      const write = await withCookie('POST', '/api/people', { origin: TRUSTED }, { fullName: 'Légitime', kind: 'other' })
      expect(write.status).toBe(201)
    })

    it('without Origin, decides by Sec-Fetch-Site; a client sending neither is anonymous (Payload extractJWT)', async () => {
      expect(await meWithCookie({ 'sec-fetch-site': 'same-origin' })).toBe(team.responsable.id)
      expect(await meWithCookie({ 'sec-fetch-site': 'cross-site' })).toBeNull()
      expect(await meWithCookie({})).toBeNull()
    })

    it('does not apply to the Authorization: JWT header, which a cross-site page cannot send without CORS', async () => {
      const answer = await rest(payload, 'GET', '/api/users/me', { token, headers: { origin: EVIL } })
      expect(answer.json.user?.id).toBe(team.responsable.id)
    })
  })

  describe('CORS', () => {
    it('answers the allowed origin, with credentials, on preflight and on requests', async () => {
      for (const method of ['OPTIONS', 'GET']) {
        const answer = await rest(payload, method, '/api/users/me', { headers: { origin: TRUSTED } })
        expect(answer.headers.get('access-control-allow-origin'), method).toBe(TRUSTED)
        expect(answer.headers.get('access-control-allow-credentials'), method).toBe('true')
      }
    })

    it('does not name any other origin', async () => {
      for (const method of ['OPTIONS', 'GET']) {
        const answer = await rest(payload, method, '/api/users/me', { headers: { origin: EVIL } })
        expect(answer.headers.get('access-control-allow-origin'), method).toBeNull()
        expect(answer.headers.get('access-control-allow-credentials'), method).toBeNull()
      }
    })
  })
})
