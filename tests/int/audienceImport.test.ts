import type { Payload, Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { parseAudienceCsv } from '../../src/audience/csv/parseAudienceCsv'
import type { AudienceRowInput } from '../../src/audience/csv/rowSchema'
import { audienceImportEndpoint } from '../../src/audience/import/importEndpoint'
import { callEndpoint } from '../helpers/endpoints'
import { type Team, type TestUser, setUpTeam } from '../helpers/fixtures'

const URL = '/api/audience-snapshots/import'
const COLLECTION = 'audience-snapshots'

/** A French, semicolon-separated file of `days` days from `from`, for the given channels. */
function frenchCsv(from: string, days: number, channels: string[], followers: (day: number, channel: number) => number): string {
  const lines = ['Canal;Date;Abonnés;Mentions J’aime']
  const start = Date.parse(`${from}T12:00:00Z`)
  for (let day = 0; day < days; day++) {
    const date = new Date(start + day * 86_400_000)
    const french = `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`
    channels.forEach((channel, index) => lines.push(`${channel};${french};${followers(day, index).toLocaleString('fr-CA')};${day}`))
  }
  return lines.join('\r\n')
}

/** The rows exactly as the browser sends them: the file through the shared parser. */
function rowsOf(csv: string): AudienceRowInput[] {
  const parsed = parseAudienceCsv(new TextEncoder().encode(csv))
  expect(parsed.errors).toEqual([])
  return parsed.rows
}

describe('POST /api/audience-snapshots/import', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const send = (user: TestUser | undefined, body: unknown) => callEndpoint(payload, audienceImportEndpoint, { user, url: URL, body })
  const count = async (where?: Where) => (await payload.count({ collection: COLLECTION, where })).totalDocs
  const inYear = (year: number): Where => ({
    and: [{ date: { greater_than_equal: `${year}-01-01` } }, { date: { less_than: `${year + 1}-01-01` } }],
  })
  const storedOn = async (channel: string, day: string) =>
    (
      await payload.find({
        collection: COLLECTION,
        where: { and: [{ channel: { equals: channel } }, { date: { equals: `${day}T12:00:00.000Z` } }] },
        depth: 0,
      })
    ).docs

  it('answers 401 to nobody and 403 to writers and the Collective, without writing', async () => {
    const rows = rowsOf(frenchCsv('2030-01-01', 2, ['Facebook'], () => 100))
    const before = await count()
    const anonymous = await send(undefined, { mode: 'commit', rows })
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].message).toBe('Connectez-vous pour importer des relevés d’audience.')
    for (const user of [team.redaction, team.collective]) {
      for (const mode of ['preview', 'commit']) {
        const refused = await send(user, { mode, rows })
        expect(refused.status, `${user.roles} ${mode}`).toBe(403)
        expect(refused.json.errors[0].message).toContain('personne responsable')
      }
    }
    expect(await count()).toBe(before)
  })

  it('preview writes nothing; commit creates; the same file again creates nothing (0 created, N unchanged)', async () => {
    const rows = rowsOf(frenchCsv('2031-04-01', 10, ['Facebook', 'Instagram', 'LinkedIn'], (day, channel) => 1000 * (channel + 1) + day))
    expect(rows).toHaveLength(30)

    const preview = await send(team.responsable, { mode: 'preview', rows })
    expect(preview.status).toBe(200)
    expect(preview.json.counts).toEqual({ create: 30, update: 0, unchanged: 0 })
    expect(preview.json.rows[0]).toMatchObject({
      line: 2,
      channel: 'facebook',
      date: '2031-04-01',
      action: 'create',
      followers: { old: null, new: 1000 },
    })
    expect(await count(inYear(2031))).toBe(0)

    const first = await send(team.responsable, { mode: 'commit', rows })
    expect(first.status).toBe(200)
    expect(first.json).toEqual({ mode: 'commit', created: 30, updated: 0, unchanged: 0, failed: [] })
    expect(await count(inYear(2031))).toBe(30)
    const [linkedin] = await storedOn('linkedin', '2031-04-10')
    expect(linkedin).toMatchObject({ followers: 3009, pageLikes: 9, source: 'import', date: '2031-04-10T12:00:00.000Z' })

    const again = await send(team.responsable, { mode: 'preview', rows })
    expect(again.json.counts).toEqual({ create: 0, update: 0, unchanged: 30 })
    const second = await send(team.responsable, { mode: 'commit', rows })
    expect(second.json).toEqual({ mode: 'commit', created: 0, updated: 0, unchanged: 30, failed: [] })
    expect(await count(inYear(2031))).toBe(30)
    expect((await storedOn('linkedin', '2031-04-10'))[0].updatedAt).toBe(linkedin.updatedAt)
  })

  it('changed followers update the day (old → new in the preview); a figure the file leaves out keeps its stored value', async () => {
    const manual = await payload.create({
      collection: COLLECTION,
      data: { channel: 'instagram', date: '2032-05-02', followers: 400, reach: 5000 },
      user: team.responsable,
      overrideAccess: false,
    })
    expect(manual.source).toBe('manual')
    const rows = rowsOf('Réseau;Date;Abonnés\nInstagram;1er mai 2032;390\nInstagram;2 mai 2032;410\nInstagram;3 mai 2032;420\n')
    await send(team.admin, { mode: 'commit', rows: [rows[0]] })

    const preview = await send(team.admin, { mode: 'preview', rows })
    expect(preview.json.counts).toEqual({ create: 1, update: 1, unchanged: 1 })
    expect(preview.json.rows[1]).toMatchObject({
      line: 3,
      action: 'update',
      followers: { old: 400, new: 410 },
      changes: { followers: { old: 400, new: 410 } },
    })
    expect(preview.json.rows[1].changes).not.toHaveProperty('reach')

    const commit = await send(team.admin, { mode: 'commit', rows })
    expect(commit.json).toEqual({ mode: 'commit', created: 1, updated: 1, unchanged: 1, failed: [] })
    const [updated] = await storedOn('instagram', '2032-05-02')
    expect(updated).toMatchObject({ id: manual.id, followers: 410, reach: 5000, source: 'import' })
    expect(await count(inYear(2032))).toBe(3)
  })

  it('bad rows: 400 with their line numbers and nothing written', async () => {
    const before = await count()
    const good = rowsOf(frenchCsv('2033-01-01', 3, ['Facebook'], () => 10))
    const rows: unknown[] = [
      ...good,
      { line: 7, channel: 'tiktok', date: '2033-01-05', followers: 5 },
      { line: 9, channel: 'facebook', date: '2033-02-31', followers: -1 },
      { line: 12, channel: 'facebook', date: '2033-01-01', followers: 11 },
      { channel: 'facebook', date: '2033-01-06', followers: 1.5, source: 'manual' },
    ]
    for (const mode of ['preview', 'commit']) {
      const response = await send(team.responsable, { mode, rows })
      expect(response.status).toBe(400)
      const errors = response.json.errors as { line: number; path: string; message: string }[]
      expect(errors.map((error) => [error.line, error.path])).toEqual([
        [7, 'rows.3.channel'],
        [9, 'rows.4.date'],
        [9, 'rows.4.followers'],
        [12, 'rows.5'],
        [7, 'rows.6.followers'],
        [7, 'rows.6'],
      ])
      expect(errors[0].message).toBe(
        'Ligne 7 : Réseau inconnu : « tiktok ». Réseaux acceptés : Facebook, Instagram, X (Twitter), LinkedIn, Bluesky, Mastodon.',
      )
      expect(errors[3].message).toBe('Ligne 12 : Facebook du 2033-01-01 figure déjà à la ligne 2 : cette ligne est ignorée.')
    }
    expect(await count()).toBe(before)
  })

  it.each([
    [
      'more than 500 rows',
      (rows: AudienceRowInput[]) => ({
        mode: 'commit',
        rows: Array.from({ length: 501 }, (_, index) => ({ ...rows[0], line: index + 2 })),
      }),
      'rows',
    ],
    ['no rows', () => ({ mode: 'commit', rows: [] }), 'rows'],
    ['an unknown mode', (rows: AudienceRowInput[]) => ({ mode: 'write', rows }), 'mode'],
    ['rows that are not a list', () => ({ mode: 'commit', rows: 'Facebook;2034-01-01;5' }), 'rows'],
    ['no body at all', () => undefined, ''],
  ])('refuses %s with a 400 and writes nothing', async (_, body, path) => {
    const before = await count()
    const response = await send(team.responsable, body(rowsOf(frenchCsv('2034-01-01', 1, ['Facebook'], () => 1))))
    expect(response.status).toBe(400)
    expect(response.json.errors[0].path).toBe(path)
    expect(response.json.errors[0].message.length).toBeGreaterThan(10)
    expect(await count()).toBe(before)
  })

  it('the 500-row limit message says how many came', async () => {
    const row = rowsOf(frenchCsv('2034-01-01', 1, ['Facebook'], () => 1))[0]
    const response = await send(team.responsable, { mode: 'preview', rows: Array.from({ length: 501 }, () => row) })
    expect(response.json.errors[0].message).toBe('Au plus 500 lignes par envoi (501 reçues).')
  })

  it('two commits of the same days at the same moment: one snapshot per channel and day, no 500', async () => {
    const rows = rowsOf(frenchCsv('2035-03-01', 20, ['Facebook', 'X (Twitter)'], (day) => 50 + day))
    const answers = await Promise.all([send(team.responsable, { mode: 'commit', rows }), send(team.admin, { mode: 'commit', rows })])
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      expect(answer.json.failed).toEqual([])
      expect(answer.json.created + answer.json.updated + answer.json.unchanged).toBe(40)
    }
    expect(answers[0].json.created + answers[1].json.created).toBe(40)
    expect(answers[0].json.updated + answers[1].json.updated).toBe(0)
    expect(await count(inYear(2035))).toBe(40)
    console.log(
      `[audienceImport] race: created ${answers[0].json.created} + ${answers[1].json.created}, unchanged ${answers[0].json.unchanged} + ${answers[1].json.unchanged}`,
    )
  })

  it('a 1 250-line file committed in chunks of 200, as the page does; re-imported: all unchanged', async () => {
    const rows = rowsOf(
      frenchCsv('2036-01-01', 250, ['Facebook', 'Instagram', 'LinkedIn', 'Bluesky', 'Mastodon'], (day, channel) => 10_000 * channel + day),
    )
    expect(rows).toHaveLength(1250)
    const commitAll = async () => {
      const totals = { created: 0, updated: 0, unchanged: 0 }
      for (let start = 0; start < rows.length; start += 200) {
        const answer = await send(team.responsable, { mode: 'commit', rows: rows.slice(start, start + 200) })
        expect(answer.status).toBe(200)
        for (const key of ['created', 'updated', 'unchanged'] as const) totals[key] += answer.json[key]
      }
      return totals
    }
    let began = performance.now()
    expect(await commitAll()).toEqual({ created: 1250, updated: 0, unchanged: 0 })
    const firstMs = performance.now() - began
    began = performance.now()
    expect(await commitAll()).toEqual({ created: 0, updated: 0, unchanged: 1250 })
    console.log(
      `[audienceImport] 1 250 rows: first import ${Math.round(firstMs)} ms, re-import ${Math.round(performance.now() - began)} ms`,
    )
    expect(await count(inYear(2036))).toBe(1250)
  })
})
