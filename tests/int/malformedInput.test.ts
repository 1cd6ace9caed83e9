import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { badQueries } from '../helpers/badQueries'
import { databaseFingerprint, fingerprintChanges } from '../helpers/databaseFingerprint'
import { setUpTeam, type Team } from '../helpers/fixtures'
import {
  findSecretKey,
  hiddenPaths,
  INTERNAL,
  queryablePaths,
  readableIDs,
  seedOneOfEach,
  writeEndpoints,
} from '../helpers/malformedTargets'
import { rest, restLogin } from '../helpers/rest'

// The publication cron would queue a job every minute: here the database may change only through requests.
process.env.JOBS_AUTORUN = 'false'

type Failure = { status: number; where: string; payload: string; answer: string }

const show = (failures: Failure[]) => failures.slice(0, 40).map((f) => `${f.status} ${f.where} ${f.payload} → ${f.answer}`)

describe('malformed input: bad payloads and hostile queries get a 4xx (reads: or a 2xx within access), never a 5xx, and write nothing', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const tokens: Record<string, string> = {}
  const targets: Record<string, string | number> = {}

  beforeAll(async () => {
    await seedOneOfEach(payload, team)
    for (const role of ['admin', 'responsable', 'redaction'] as const)
      tokens[role] = await restLogin(payload, team[role].email, team[role].password)
    const senders = new Set([team.admin.id, team.responsable.id, team.redaction.id].map(String))
    for (const collection of payload.config.collections) {
      const { docs } = await payload.find({
        collection: collection.slug as 'posts',
        limit: 20,
        depth: 0,
        draft: true,
        overrideAccess: true,
      })
      // An account other than the senders', so an update is never someone's own.
      const target = docs.find((doc) => !collection.auth || !senders.has(String(doc.id)))
      if (target) targets[collection.slug] = target.id
    }
  })

  afterAll(() => {
    // A polluted prototype would show on every object of this process.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('does not let a query on a hidden field tell a password hash apart', async () => {
    const [stored] = (
      await payload.db.find<{ hash: string }>({ collection: 'users', where: { id: { equals: team.collective.id } }, limit: 1 })
    ).docs
    const count = async (path: string) => {
      const answer = await rest(payload, 'GET', path, { token: tokens.admin })
      return answer.status < 300 ? (answer.json?.totalDocs as number) : `refused ${answer.status}`
    }
    const prefix = encodeURIComponent(stored.hash.slice(0, 24))
    const user = `/api/users?where[id][equals]=${team.collective.id}`
    expect(await count(`${user}&where[hash][like]=${prefix}`)).toEqual(await count(`${user}&where[hash][like]=zz-not-a-prefix`))
    expect(await count(`/api/posts?where[author.hash][like]=${prefix}`)).toEqual(
      await count('/api/posts?where[author.hash][like]=zz-not-a-prefix'),
    )
  })

  it(
    'answers hostile list queries with 2xx (nothing the reader may not see, no secret) or 4xx, never 5xx',
    { timeout: 60_000 },
    async () => {
      const before = await databaseFingerprint(payload)
      const problems: string[] = []
      const counts = { sent: 0, ok: 0, refused: 0 }
      const collections = payload.config.collections.filter((collection) => !INTERNAL.has(collection.slug))
      for (const role of ['redaction', 'admin'] as const) {
        const user = team[role]
        for (const collection of collections) {
          const readable = await readableIDs(payload, collection.slug, user)
          const queries = badQueries({
            fields: queryablePaths(collection.fields),
            hiddenFields: hiddenPaths(payload, collection.fields),
            seed: `${collection.slug}|${role}`,
            count: 40,
          })
          for (const query of queries) {
            const answer = await rest(payload, 'GET', `/api/${collection.slug}?${query.query}`, { token: tokens[role] })
            counts.sent++
            const where = `${answer.status} GET /api/${collection.slug} [${query.category}] ${query.summary} as ${role}`
            if (answer.status >= 500) problems.push(`${where} → ${answer.text.slice(0, 160)}`)
            else if (answer.status >= 400) counts.refused++
            else {
              counts.ok++
              const docs: { id: number | string }[] | undefined = answer.json?.docs
              if (readable === 'forbidden') problems.push(`${where}: answered although the list is refused to ${role}`)
              else if (!Array.isArray(docs)) problems.push(`${where}: no docs array`)
              else {
                const extra = docs.filter((doc) => !readable.has(String(doc.id)))
                if (extra.length > 0) problems.push(`${where}: ${extra.length} documents ${role} may not read`)
                if (answer.json.totalDocs > readable.size)
                  problems.push(`${where}: totalDocs ${answer.json.totalDocs} > ${readable.size} readable`)
              }
              const secret = findSecretKey(answer.json, user)
              if (secret) problems.push(`${where}: answer contains ${secret}`)
            }
          }
        }
      }
      for (const global of payload.config.globals.filter((item) => !INTERNAL.has(item.slug))) {
        for (const query of [
          'depth=1000',
          'depth=-1',
          'locale=..%2F..',
          '__proto__[polluted]=1',
          'select[__proto__][x]=1',
          'draft=maybe',
        ]) {
          const answer = await rest(payload, 'GET', `/api/globals/${global.slug}?${query}`, { token: tokens.redaction })
          counts.sent++
          const where = `${answer.status} GET /api/globals/${global.slug}?${query}`
          if (answer.status >= 500) problems.push(`${where} → ${answer.text.slice(0, 160)}`)
          else if (answer.status >= 400) counts.refused++
          else {
            counts.ok++
            const secret = findSecretKey(answer.json, team.redaction)
            if (secret) problems.push(`${where}: answer contains ${secret}`)
          }
        }
      }
      const changes = fingerprintChanges(before, await databaseFingerprint(payload))
      console.log(
        `malformed input: ${counts.sent} hostile list queries, ${counts.ok} 2xx, ${counts.refused} 4xx, ${problems.length} problems, ` +
          `${changes.length === 0 ? 'database unchanged' : `database CHANGED: ${changes.join(', ')}`}`,
      )
      expect(problems).toEqual([])
      expect(changes, 'reads changed the database').toEqual([])
    },
  )

  it('refuses every generated bad payload on every write endpoint with a 4xx, database unchanged', { timeout: 120_000 }, async () => {
    const started = Date.now()
    let baseline = await databaseFingerprint(payload)
    const { endpoints, problems } = await writeEndpoints(payload, team, tokens, targets)
    const fiveHundreds: Failure[] = []
    const accepted: Failure[] = []
    const notJSON: Failure[] = []
    const changed: string[] = []
    const lines: string[] = []
    let sent = 0

    for (const endpoint of endpoints) {
      const statuses = new Map<number, number>()
      let slowest = 0
      for (const [index, bad] of endpoint.payloads.entries()) {
        const sender = endpoint.senders[index % endpoint.senders.length]
        const sentAt = Date.now()
        const answer = await rest(payload, endpoint.method, endpoint.path, {
          token: sender.token,
          body: bad.body,
          headers: { 'content-type': bad.contentType },
        })
        sent++
        slowest = Math.max(slowest, Date.now() - sentAt)
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
        const failure: Failure = {
          status: answer.status,
          where: `${endpoint.method} ${endpoint.path} as ${sender.role}`,
          payload: `[${bad.category}] ${bad.summary.slice(0, 140)} ${bad.contentType} ${bad.body.slice(0, 120)}`,
          answer: answer.text.slice(0, 200),
        }
        if (answer.status >= 500) fiveHundreds.push(failure)
        else if (answer.status < 400) accepted.push(failure)
        else if (answer.json === null) notJSON.push(failure)
      }
      const now = await databaseFingerprint(payload)
      const changes = fingerprintChanges(baseline, now)
      if (changes.length > 0) {
        changed.push(`${endpoint.method} ${endpoint.path}: ${changes.join(', ')}`)
        baseline = now // so that the next endpoint is judged on its own
      }
      const histogram = [...statuses]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}×${count}`)
        .join(' ')
      const senders = endpoint.senders.map((sender) => sender.role).join('+')
      lines.push(`  ${endpoint.label.padEnd(40)} ${endpoint.payloads.length} payloads as ${senders}: ${histogram} (slowest ${slowest} ms)`)
    }

    const refused = sent - fiveHundreds.length - accepted.length
    const final = await databaseFingerprint(payload)
    console.log(
      [
        `malformed input: ${endpoints.length} write endpoints, derived from the config:`,
        ...lines,
        `malformed input: ${sent} payloads to ${endpoints.length} endpoints, ${refused} 4xx, ${fiveHundreds.length} 5xx, ${accepted.length} accepted, ` +
          `${changed.length === 0 ? 'database unchanged' : `database CHANGED by ${changed.length} endpoints`} ` +
          `(hash ${final.hash.slice(0, 16)}…) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      ].join('\n'),
    )
    expect(problems, 'endpoints the suite cannot cover').toEqual([])
    expect(show(fiveHundreds), `${fiveHundreds.length} answers 5xx`).toEqual([])
    expect(show(accepted), `${accepted.length} bad payloads accepted`).toEqual([])
    expect(show(notJSON), `${notJSON.length} refusals without a JSON body`).toEqual([])
    expect(changed, 'database changes').toEqual([])
    expect(endpoints.every((endpoint) => endpoint.payloads.length >= 200)).toBe(true)
  })

  it('refuses a post body that is not a Lexical document, and keeps accepting one that is', async () => {
    const category = (await payload.find({ collection: 'categories', where: { code: { equals: 'CAT-2' } }, limit: 1 })).docs[0]
    const base = {
      title: 'Corps de texte',
      category: category.id,
      channels: [{ channel: 'facebook', text: 'Nos ateliers de prévention.' }],
    }
    const before = await payload.count({ collection: 'posts' })
    for (const body of ['du texte brut', 12, ['a'], { root: 'x' }, { root: { children: 'x' } }]) {
      const answer = await rest(payload, 'POST', '/api/posts', { token: tokens.responsable, body: { ...base, body } })
      expect(answer.status, `${JSON.stringify(body)} → ${answer.text.slice(0, 300)}`).toBe(400)
      expect(answer.json.errors[0].data.errors.map((error: { path: string }) => error.path)).toContain('body')
    }
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(before.totalDocs)
    const lexical = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [{ type: 'text', version: 1, text: 'Bonjour', detail: 0, format: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    }
    const accepted = await rest(payload, 'POST', '/api/posts', { token: tokens.responsable, body: { ...base, body: lexical } })
    expect(accepted.status).toBe(201)
  })
})
