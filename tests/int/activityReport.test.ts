// No publication job in the background: the scheduled posts below must stay scheduled.
process.env.JOBS_AUTORUN = 'false'

import { TZDate } from '@date-fns/tz'
import Papa from 'papaparse'
import { createLocalReq, type Payload, type Where } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { Post } from '../../dev/payload-types'
import { atMoment } from '../../hooks/engine/clock'
import type { Channel } from '../../src/channels'
import type { ActivityReport } from '../../src/reports/activityReport'
import { activityReportEndpoint } from '../../src/reports/reportEndpoint'
import { reportingYear } from '../../src/reports/reportingYear'
import { translate } from '../../src/translations'
import { callEndpoint } from '../helpers/endpoints'
import { rest, restLogin } from '../helpers/rest'
import { type Team, type TestUser, categoryId, draftPost, movePost, setUpTeam } from '../helpers/fixtures'
import { createUser } from '../helpers/testPayload'

const ZONE = 'America/Toronto'
/** The fiscal year 2025-2026: 1 April 2025 00:00 to 1 April 2026 00:00, Toronto time. */
const FROM_DAY = '2025-04-01'
const TO_DAY = '2026-04-01'
const FROM = new Date(new TZDate(2025, 3, 1, 0, 0, ZONE).getTime())
const TO = new Date(new TZDate(2026, 3, 1, 0, 0, ZONE).getTime())
const CODES = ['CAT-1', 'CAT-2', 'CAT-3', 'CAT-4', 'CAT-5', 'CAT-9']
const CHANNEL_SETS: Channel[][] = [['facebook'], ['facebook', 'instagram'], ['linkedin'], ['x', 'facebook', 'linkedin'], ['instagram']]

/** Toronto wall clock → ISO instant, without the code under test. */
const at = (year: number, month: number, day: number, hour = 10, minute = 0) =>
  new Date(new TZDate(year, month - 1, day, hour, minute, ZONE).getTime()).toISOString()

describe('GET /api/reports/activity: every figure equals a count in the database', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const call = (user: TestUser | null, query = '') =>
    callEndpoint(payload, activityReportEndpoint, { user: user as never, url: `/api/reports/activity${query}` })

  /** The handler's answer as bytes: `Response.text()` would drop the byte-order mark. */
  async function download(user: TestUser, query: string) {
    const req = await createLocalReq({ user: user as never }, payload)
    ;(req as { url: string }).url = `http://localhost/api/reports/activity${query}`
    const response = await activityReportEndpoint.handler(req)
    const bytes = new Uint8Array(await response.arrayBuffer())
    return { status: response.status, headers: response.headers, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) }
  }

  /** A published post, created as the seed creates them (the system, its save at that moment: publishedAt = publishAt). */
  async function published(publishAt: string, code: string, channels: Channel[], workflowStatus: Post['workflowStatus'] = 'published') {
    return payload.create({
      collection: 'posts',
      draft: false,
      context: atMoment(new Date(publishAt)),
      data: {
        title: `Publication ${code} ${publishAt}`,
        category: await categoryId(payload, code),
        channels: channels.map((channel) => ({ channel, text: `Nos ateliers de prévention, sur ${channel}.` })),
        publishAt,
        valuesConfirmed: workflowStatus !== 'draft' && workflowStatus !== 'in_review',
        workflowStatus,
        statusReason: workflowStatus === 'unscheduled' || workflowStatus === 'archived' ? 'Retirée du plan' : null,
      } as never,
    })
  }

  beforeAll(async () => {
    // 30 published posts spread over the year, categories and networks (deterministic).
    for (let index = 0; index < 30; index++) {
      const month = ((index * 5) % 12) + 1
      const year = month >= 4 ? 2025 : 2026
      await published(
        at(year, month, 1 + ((index * 7) % 27), 8 + (index % 10)),
        CODES[index % CODES.length],
        CHANNEL_SETS[index % CHANNEL_SETS.length],
      )
    }
    // The edges: first instant of the year, 30 April 23:30 (already May in UTC), last minute of the year.
    await published(at(2025, 4, 1, 0, 0), 'CAT-1', ['facebook'])
    await published(at(2025, 4, 30, 23, 30), 'CAT-2', ['instagram', 'facebook'])
    await published(at(2026, 3, 31, 23, 59), 'CAT-3', ['linkedin'])
    // Not counted: published just outside the year, and posts in the year that are not published.
    await published(at(2025, 3, 31, 23, 59), 'CAT-1', ['facebook'])
    await published(at(2026, 4, 1, 0, 0), 'CAT-1', ['facebook'])
    for (const status of ['draft', 'in_review', 'approved', 'scheduled', 'unscheduled'] as const) {
      await published(at(2025, 10, 15), 'CAT-2', ['facebook', 'instagram'], status)
    }
    await published(at(2025, 11, 3), 'CAT-2', ['facebook'], 'archived')
    // Through the real workflow, by real people: counted once published (at the moment it went out,
    // the clock stopped on 9 December 2025, a second on at each save), with later edits saved as a draft.
    vi.useFakeTimers({ toFake: ['Date'] })
    const tick = () => vi.setSystemTime(Date.now() + 1000)
    try {
      vi.setSystemTime(new Date(at(2025, 12, 8, 9)))
      const viaWorkflow = await draftPost(payload, team.redaction, {
        publishAt: at(2025, 12, 9, 9),
        channels: [{ channel: 'mastodon', text: 'Nos ateliers de prévention dans les écoles.' }],
      } as never)
      tick()
      await movePost(payload, team.redaction, viaWorkflow.id, { workflowStatus: 'in_review' })
      tick()
      await movePost(payload, team.responsable, viaWorkflow.id, { workflowStatus: 'approved', valuesConfirmed: true })
      vi.setSystemTime(new Date(at(2025, 12, 9, 9)))
      await movePost(payload, team.responsable, viaWorkflow.id, { workflowStatus: 'published' })
      tick()
      await payload.update({
        collection: 'posts',
        id: viaWorkflow.id,
        draft: true,
        data: { title: 'Titre retouché après publication' },
        user: team.responsable,
        overrideAccess: false,
      })
    } finally {
      vi.useRealTimers()
    }

    // Audience: Facebook every month (with the months just outside), Instagram twice, LinkedIn once, X never.
    const snapshot = (channel: Channel, date: string, followers: number, pageLikes?: number) =>
      payload.create({
        collection: 'audience-snapshots',
        data: { channel, date, followers, pageLikes },
        user: team.responsable,
        overrideAccess: false,
      })
    for (let step = 0; step <= 13; step++) {
      const month = ((2 + step) % 12) + 1
      const year = 2025 + Math.floor((2 + step) / 12)
      await snapshot('facebook', `${year}-${String(month).padStart(2, '0')}-01`, 1000 + step * 37 + (step % 3) * 5, 700 + step * 11)
    }
    await snapshot('facebook', '2025-06-20', 1111)
    await snapshot('instagram', '2025-05-10', 480)
    await snapshot('instagram', '2026-03-31', 655)
    await snapshot('linkedin', '2025-09-01', 210)
  })

  /** Independent counts: Payload's count on the published posts, no code of the report involved. */
  async function countPublished(...and: Where[]): Promise<number> {
    const where: Where = {
      and: [
        { workflowStatus: { equals: 'published' } },
        { publishedAt: { greater_than_equal: FROM.toISOString() } },
        { publishedAt: { less_than: TO.toISOString() } },
        ...and,
      ],
    }
    return (await payload.count({ collection: 'posts', where, user: team.responsable, overrideAccess: false })).totalDocs
  }
  const monthRange = (month: string): Where[] => {
    const [year, number] = month.split('-').map(Number)
    return [
      { publishedAt: { greater_than_equal: at(year, number, 1, 0, 0) } },
      { publishedAt: { less_than: number === 12 ? at(year + 1, 1, 1, 0, 0) : at(year, number + 1, 1, 0, 0) } },
    ]
  }
  async function snapshotsOf(channel: Channel, fromDay: string, lastDay: string) {
    const { docs } = await payload.find({
      collection: 'audience-snapshots',
      where: {
        and: [
          { channel: { equals: channel } },
          { date: { greater_than_equal: `${fromDay}T00:00:00Z` } },
          { date: { less_than_equal: `${lastDay}T23:59:59Z` } },
        ],
      },
      sort: 'date',
      limit: 0,
      pagination: false,
      user: team.collective,
      overrideAccess: false,
    })
    return docs
  }

  let report: ActivityReport

  it('counts published posts per category, month and network, and the category × month table, as the database does', async () => {
    const answer = await call(team.collective, `?from=${FROM_DAY}&to=${TO_DAY}`)
    expect(answer.status, answer.text).toBe(200)
    report = answer.json
    expect(report.period).toEqual({
      from: FROM.toISOString(),
      to: TO.toISOString(),
      fromDay: FROM_DAY,
      toDay: '2026-03-31',
      timeZone: ZONE,
    })

    const total = await countPublished()
    expect(total).toBe(34)
    expect(report.totals.posts).toBe(total)

    const expectedMonths = Array.from({ length: 12 }, (_, index) => {
      const date = new TZDate(2025, 3 + index, 1, 12, 0, ZONE)
      return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`
    })
    expect(report.months).toEqual(expectedMonths)
    for (const [index, month] of report.months.entries())
      expect(report.byMonth[index], month).toBe(await countPublished(...monthRange(month)))
    expect(report.byMonth[0]).toBeGreaterThanOrEqual(3)

    const categories = await payload.find({
      collection: 'categories',
      sort: 'order',
      limit: 0,
      pagination: false,
      user: team.collective,
      overrideAccess: false,
    })
    expect(report.byCategory.map((row) => row.code)).toEqual(categories.docs.map((category) => category.code))
    for (const category of categories.docs) {
      const row = report.byCategory.find((candidate) => candidate.code === category.code)!
      expect(row.total, category.code).toBe(await countPublished({ category: { equals: category.id } }))
      for (const [index, month] of report.months.entries()) {
        expect(row.months[index], `${category.code} ${month}`).toBe(
          await countPublished({ category: { equals: category.id } }, ...monthRange(month)),
        )
      }
    }
    expect(report.byCategory.find((row) => row.code === 'CAT-7')?.total).toBe(0)

    let publications = 0
    for (const row of report.byChannel) {
      const expected = await countPublished({ 'channels.channel': { equals: row.channel } })
      expect(row.publications, row.channel).toBe(expected)
      publications += expected
    }
    expect(report.totals.publications).toBe(publications)
    expect(report.byChannel.find((row) => row.channel === 'mastodon')?.publications).toBe(1)
    console.log(
      `[activity report] ${report.totals.posts} posts, ${report.totals.publications} publications; per month ${report.byMonth.join('/')}; ` +
        `per network ${report.byChannel.map((row) => `${row.channel} ${row.publications}`).join(', ')}`,
    )
  })

  it('compares each network’s first and last snapshots of the period, month by month, as stored', async () => {
    for (const row of report.audience) {
      const inPeriod = await snapshotsOf(row.channel, FROM_DAY, '2026-03-31')
      if (inPeriod.length === 0) {
        expect(row, row.channel).toMatchObject({ first: null, last: null, change: null, changePercent: null })
        continue
      }
      const first = inPeriod[0]
      const last = inPeriod.at(-1)!
      expect(row.first, row.channel).toEqual({
        day: first.date.slice(0, 10),
        followers: first.followers,
        pageLikes: first.pageLikes ?? null,
      })
      expect(row.last, row.channel).toEqual({ day: last.date.slice(0, 10), followers: last.followers, pageLikes: last.pageLikes ?? null })
      const change = inPeriod.length > 1 ? last.followers - first.followers : null
      expect(row.change, row.channel).toBe(change)
      expect(row.changePercent, row.channel).toBe(change === null ? null : Math.round((change / first.followers) * 1000) / 10)
      for (const [index, month] of report.months.entries()) {
        const ofMonth = inPeriod.filter((snapshot) => snapshot.date.startsWith(month))
        expect(row.monthly[index], `${row.channel} ${month}`).toBe(ofMonth.at(-1)?.followers ?? null)
      }
    }
    const facebook = report.audience.find((row) => row.channel === 'facebook')!
    expect(facebook.first?.day).toBe('2025-04-01')
    expect(facebook.last?.day).toBe('2026-03-01')
    expect(facebook.monthly[2]).toBe(1111)
    expect(report.audience.find((row) => row.channel === 'linkedin')).toMatchObject({ change: null, changePercent: null })
    console.log(
      `[activity report] facebook ${facebook.first?.followers} → ${facebook.last?.followers} (${facebook.change}, ${facebook.changePercent} %)`,
    )
  })

  it('exports the same figures as CSV, in French (;) and in English (,), as an attachment', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const answer = await download(team.redaction, `?from=${FROM_DAY}&to=${TO_DAY}&format=csv&lang=${lang}`)
      expect(answer.status).toBe(200)
      expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(answer.headers.get('content-disposition')).toBe(
        `attachment; filename="${lang === 'fr' ? 'rapport-activite' : 'activity-report'}_2025-04-01_2026-03-31.csv"`,
      )
      expect([...answer.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(answer.text.charCodeAt(0)).toBe(0xfeff)
      const parsed = Papa.parse<Record<string, string>>(answer.text.slice(1), {
        header: true,
        delimiter: lang === 'fr' ? ';' : ',',
        skipEmptyLines: true,
      })
      expect(parsed.errors).toEqual([])
      const [section, code, , date, value] = parsed.meta.fields!
      const t = (key: Parameters<typeof translate>[1]) => translate(lang, key)
      const cell = (key: Parameters<typeof translate>[1], rowCode = '', rowDate = '') => {
        const rows = parsed.data.filter((row) => row[section] === t(key) && row[code] === rowCode && row[date] === rowDate)
        expect(rows, `${key} ${rowCode} ${rowDate}`).toHaveLength(1)
        const text = rows[0][value]
        return text === '' ? null : Number(text.replace(',', '.'))
      }
      expect(cell('reports:csvPostsTotal')).toBe(report.totals.posts)
      expect(cell('reports:csvPublicationsTotal')).toBe(report.totals.publications)
      report.months.forEach((month, index) => expect(cell('reports:csvPostsByMonth', '', month)).toBe(report.byMonth[index]))
      for (const row of report.byCategory) {
        expect(cell('reports:csvPostsByCategory', row.code ?? '')).toBe(row.total)
        report.months.forEach((month, index) =>
          expect(cell('reports:csvPostsByCategoryMonth', row.code ?? '', month)).toBe(row.months[index]),
        )
      }
      for (const row of report.byChannel) expect(cell('reports:csvPublicationsByChannel', row.channel)).toBe(row.publications)
      for (const row of report.audience.filter((candidate) => candidate.first)) {
        expect(cell('reports:csvFollowersStart', row.channel, row.first!.day)).toBe(row.first!.followers)
        expect(cell('reports:csvFollowersEnd', row.channel, row.last!.day)).toBe(row.last!.followers)
        expect(cell('reports:csvFollowersChange', row.channel)).toBe(row.change)
        expect(cell('reports:csvFollowersChangePercent', row.channel)).toBe(row.changePercent)
        report.months.forEach((month, index) => expect(cell('reports:csvFollowersMonthly', row.channel, month)).toBe(row.monthly[index]))
      }
      expect(parsed.data.filter((row) => row[code] === 'x' && row[section] === t('reports:csvFollowersStart'))).toHaveLength(0)
    }
  })

  it('defaults to the policy’s current reporting year', async () => {
    const policy = await payload.findGlobal({ slug: 'policy', depth: 0 })
    const year = reportingYear(new Date(), policy.reportingYearStartMonth ?? 4, ZONE)
    const answer = await call(team.admin)
    expect(answer.status).toBe(200)
    expect(answer.json.period.from).toBe(year.from.toISOString())
    expect(answer.json.period.to).toBe(year.to.toISOString())
  })

  it('counts a post by its state now: archived after publication (a draft save, as in the admin) it no longer counts', async () => {
    const before = (await call(team.responsable, `?from=${FROM_DAY}&to=${TO_DAY}`)).json as ActivityReport
    const post = await published(at(2025, 7, 7), 'CAT-2', ['facebook'])
    const during = (await call(team.responsable, `?from=${FROM_DAY}&to=${TO_DAY}`)).json as ActivityReport
    expect(during.totals.posts).toBe(before.totals.posts + 1)
    expect(during.totals.posts).toBe(await countPublished())

    await payload.update({
      collection: 'posts',
      id: post.id,
      draft: true,
      data: { workflowStatus: 'archived', statusReason: 'Retrait demandé par le partenaire' },
      user: team.responsable,
      overrideAccess: false,
    })
    const latest = await payload.findByID({
      collection: 'posts',
      id: post.id,
      draft: true,
      depth: 0,
      user: team.responsable,
      overrideAccess: false,
    })
    expect(latest.workflowStatus).toBe('archived')
    const after = (await call(team.responsable, `?from=${FROM_DAY}&to=${TO_DAY}`)).json as ActivityReport
    expect(after.totals.posts).toBe(before.totals.posts)
    const latestPublished = await payload.countVersions({
      collection: 'posts',
      where: {
        and: [
          { latest: { equals: true } },
          { 'version.workflowStatus': { equals: 'published' } },
          { 'version.publishedAt': { greater_than_equal: FROM.toISOString() } },
          { 'version.publishedAt': { less_than: TO.toISOString() } },
        ],
      },
    })
    expect(after.totals.posts).toBe(latestPublished.totalDocs)
    // Un-publishing reaches the public copy even from a draft save (hooks/publishWithWorkflow.ts).
    const publicRead = await payload.find({ collection: 'posts', where: { id: { equals: post.id } }, overrideAccess: false })
    expect(publicRead.docs).toHaveLength(0)
    expect(await countPublished()).toBe(after.totals.posts)
  })

  it('answers every Balises role, not anonymous visitors nor accounts without a role', async () => {
    for (const user of [team.admin, team.responsable, team.redaction, team.collective, team.newcomer]) {
      expect((await call(user, `?from=${FROM_DAY}&to=${TO_DAY}`)).status, user.email).toBe(200)
    }
    const anonymous = await call(null)
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].message).toBe(translate('fr', 'reports:unauthorized'))
    const noRole = await createUser(payload, [])
    const refused = await call(noRole as TestUser)
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toBe(translate('fr', 'reports:notAllowed'))
  })

  it('through Payload’s REST layer: a JWT gets the CSV download, no token a 401 in the language of the browser', async () => {
    expect(payload.config.endpoints.some((endpoint) => endpoint.path === activityReportEndpoint.path)).toBe(true)
    const token = await restLogin(payload, team.collective.email, team.collective.password)
    const csv = await rest(payload, 'GET', `/api/reports/activity?from=${FROM_DAY}&to=${TO_DAY}&format=csv&lang=en`, { token })
    expect(csv.status, csv.text).toBe(200)
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="activity-report_2025-04-01_2026-03-31.csv"')
    const total = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.find(
      (row) => row[0] === 'Published posts (total)',
    )
    expect(Number(total?.[4])).toBe(report.totals.posts)
    const json = await rest(payload, 'GET', `/api/reports/activity?from=${FROM_DAY}&to=${TO_DAY}`, { token })
    expect(json.json.totals).toEqual(report.totals)
    const anonymous = await rest(payload, 'GET', '/api/reports/activity', { headers: { 'accept-language': 'en' } })
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].message).toBe(translate('en', 'reports:unauthorized'))
  })

  it('refuses bad parameters with 400, the parameter and a reason in the language asked for', async () => {
    const cases: [string, string, string][] = [
      ['?from=2025-13-01&to=2026-04-01', 'from', '« 2025-13-01 » n’est pas une date AAAA-MM-JJ valide'],
      ['?from=2026-04-01&to=2025-04-01', 'to', 'doit précéder'],
      ['?from=2020-04-01&to=2023-04-02', 'to', 'dépasser 3 ans'],
      ['?from=2025-04-01', 'to', 'ensemble'],
      ['?format=xml', 'format', '« xml »'],
      ['?lang=de', 'lang', '« de »'],
      ['?from=2025-04-01&from=2025-05-01&to=2026-04-01', 'from', 'Une seule valeur'],
      ['?from=2026-04-01&to=2025-04-01&lang=en', 'to', 'must be before'],
    ]
    for (const [query, path, message] of cases) {
      const answer = await call(team.responsable, query)
      expect(answer.status, query).toBe(400)
      expect(answer.json.errors, query).toEqual([{ path, message: expect.stringContaining(message) }])
    }
    expect((await call(team.responsable, '?from=2023-04-01&to=2026-04-01')).status).toBe(200)
  })
})
