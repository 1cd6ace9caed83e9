import { Writable } from 'node:stream'

import type { Payload } from 'payload'
import { pino, type LoggerOptions } from 'pino'
import { beforeAll, describe, expect, it } from 'vitest'

import { categoryId, createPerson, setUpTeam, type Team } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'

process.env.JOBS_AUTORUN = 'false'

describe('server logs: no personal data, each refusal once at info/warn without a stack', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  let token: string
  const lines: Record<string, any>[] = []

  beforeAll(async () => {
    token = await restLogin(payload, team.admin.email, team.admin.password)
    // The logger Payload built from the config, with the same options, writing where the test reads.
    const options = (payload.config.logger as { options: LoggerOptions }).options
    const stream = new Writable({
      write(chunk, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line))
        done()
      },
    })
    payload.logger = pino({ ...options, level: 'info' }, stream)
  })

  it('logs a refused insert without the signatory’s name, once, as a warning without a stack', async () => {
    lines.length = 0
    const person = await createPerson(payload)
    const answer = await rest(payload, 'POST', '/api/consents', {
      token,
      body: {
        person: Number(person.id) + 1000,
        relationship: 'parent',
        signatoryName: 'Marie-Ève Tremblay-Gagnon',
        scopes: ['facebook'],
        validFrom: '2026-01-01T00:00:00.000Z',
        expiresAt: '2027-01-01T00:00:00.000Z',
      },
    })
    expect(answer.status, answer.text.slice(0, 300)).toBe(400)
    expect(JSON.stringify(lines)).not.toContain('Tremblay')
    const errors = lines.filter((line) => line.err)
    expect(errors).toHaveLength(1)
    expect(errors[0].level).toBeLessThanOrEqual(40)
    expect(errors[0].err.stack).toBeUndefined()
  })

  it('logs a validation refusal and a bad query once, at info, without a stack', async () => {
    lines.length = 0
    const category = await categoryId(payload, 'CAT-2')
    const refused = await rest(payload, 'POST', '/api/posts', {
      token,
      body: { title: 'x', category, publishAt: '2026-02-30', channels: [{ channel: 'x', text: 'Bonjour' }] },
    })
    expect(refused.status).toBe(400)
    const missing = await rest(payload, 'PATCH', '/api/posts/versions/abc', { token, body: {} })
    expect(missing.status).toBeGreaterThanOrEqual(400)
    expect(missing.status).toBeLessThan(500)
    const logged = lines.filter((line) => line.level >= 30 && (line.err || /invalid|Missing|Not Found|Route/i.test(line.msg)))
    expect(logged.length).toBeLessThanOrEqual(2)
    for (const line of lines) {
      expect(line.level, JSON.stringify(line).slice(0, 300)).toBeLessThan(50)
      expect(line.err?.stack).toBeUndefined()
    }
  })
})
