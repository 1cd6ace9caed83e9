import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

import { fromWallClock } from '../../src/time/zonedTime'
import type { Channel } from '../../src/channels'
import {
  computeActivityReport,
  monthsBetween,
  type ReportCategory,
  type ReportPost,
  type ReportSnapshot,
} from '../../src/reports/activityReport'
import { defuseCell, reportToCsv } from '../../src/reports/csv'
import { parseReportQuery } from '../../src/reports/reportQuery'
import { reportingYear } from '../../src/reports/reportingYear'

const ZONE = 'America/Toronto'
const FISCAL = reportingYear(new Date('2026-11-25T12:00:00Z'), 4, ZONE)
const CATEGORIES: ReportCategory[] = [
  { code: 'CAT-1', labelFr: 'Vie associative', labelEn: 'Community life', color: '#111111' },
  { code: 'CAT-2', labelFr: 'Prévention', labelEn: 'Prevention', color: '#222222' },
  { code: 'CAT-3', labelFr: 'Partenaires', labelEn: 'Partners', color: '#333333' },
]

let nextId = 1
/** A post at a wall-clock time in Toronto. */
function post(wallClock: string, category: string | null, ...channels: Channel[]): ReportPost {
  return { id: nextId++, publishedAt: fromWallClock(wallClock, ZONE).toISOString(), category, channels }
}

function report(posts: ReportPost[], snapshots: ReportSnapshot[] = [], period = FISCAL) {
  return computeActivityReport({ posts, snapshots, categories: CATEGORIES, from: period.from, to: period.to, timeZone: ZONE })
}

const monthOf = (result: ReturnType<typeof report>, month: string) => result.byMonth[result.months.indexOf(month)]

describe('computeActivityReport: posts', () => {
  it('lists the twelve months of the fiscal year (April to March), all of them even when empty', () => {
    const result = report([])
    expect(result.months).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ])
    expect(result.byMonth).toEqual(new Array(12).fill(0))
    expect(result.period).toMatchObject({ fromDay: '2026-04-01', toDay: '2027-03-31', timeZone: ZONE })
    expect(result.totals).toEqual({ posts: 0, publications: 0 })
  })

  it('puts a post of 30 April 23:30 in Toronto in April, though it is already May in UTC', () => {
    const late = post('2026-04-30T23:30', 'CAT-2', 'facebook')
    expect(late.publishedAt).toBe('2026-05-01T03:30:00.000Z')
    const result = report([late])
    expect(monthOf(result, '2026-04')).toBe(1)
    expect(monthOf(result, '2026-05')).toBe(0)
  })

  it('keeps the fiscal year’s edges: 1 April 00:00 and 31 March 23:59 in, the minute before and 1 April next year out', () => {
    const result = report([
      post('2026-03-31T23:59', 'CAT-1', 'facebook'),
      post('2026-04-01T00:00', 'CAT-1', 'facebook'),
      post('2027-03-31T23:59', 'CAT-1', 'facebook'),
      post('2027-04-01T00:00', 'CAT-1', 'facebook'),
    ])
    expect(result.totals.posts).toBe(2)
    expect(monthOf(result, '2026-04')).toBe(1)
    expect(monthOf(result, '2027-03')).toBe(1)
  })

  it('counts a post on two networks once as a post and once per network; a network listed twice counts once', () => {
    const result = report([
      post('2026-06-10T10:00', 'CAT-2', 'facebook', 'instagram'),
      post('2026-06-11T10:00', 'CAT-2', 'facebook', 'facebook'),
    ])
    expect(result.totals).toEqual({ posts: 2, publications: 3 })
    const byChannel = Object.fromEntries(result.byChannel.map((row) => [row.channel, row.publications]))
    expect(byChannel).toMatchObject({ facebook: 2, instagram: 1, x: 0, linkedin: 0 })
    expect(result.byCategory.find((row) => row.code === 'CAT-2')?.total).toBe(2)
  })

  it('lists every category, with 0 when unused, and a category × month table that adds up', () => {
    const result = report([
      post('2026-05-02T09:00', 'CAT-1', 'x'),
      post('2026-05-20T09:00', 'CAT-2', 'x'),
      post('2026-09-02T09:00', 'CAT-2', 'x'),
    ])
    expect(result.byCategory.map((row) => [row.code, row.total])).toEqual([
      ['CAT-1', 1],
      ['CAT-2', 2],
      ['CAT-3', 0],
    ])
    const cat2 = result.byCategory.find((row) => row.code === 'CAT-2')!
    expect(cat2.months[result.months.indexOf('2026-05')]).toBe(1)
    expect(cat2.months[result.months.indexOf('2026-09')]).toBe(1)
    expect(cat2.months.reduce((sum, count) => sum + count, 0)).toBe(cat2.total)
    result.months.forEach((_, index) => {
      expect(result.byCategory.reduce((sum, row) => sum + row.months[index], 0)).toBe(result.byMonth[index])
    })
  })

  it('gives posts without a known category a row of their own, only when there are some', () => {
    expect(report([post('2026-05-02T09:00', 'CAT-1', 'x')]).byCategory.some((row) => row.code === null)).toBe(false)
    const result = report([post('2026-05-02T09:00', null, 'x'), post('2026-05-03T09:00', 'CAT-99', 'x')])
    expect(result.byCategory.find((row) => row.code === null)).toMatchObject({
      total: 2,
      labelFr: 'Sans catégorie',
      labelEn: 'No category',
    })
  })

  it('counts the same post once even if it is given twice', () => {
    const once = post('2026-05-02T09:00', 'CAT-1', 'x')
    expect(report([once, { ...once }]).totals.posts).toBe(1)
  })

  it('covers every month a custom period touches, even partly', () => {
    const period = { from: fromWallClock('2026-01-15', ZONE), to: fromWallClock('2026-03-02', ZONE) }
    const result = report([post('2026-03-01T22:00', 'CAT-1', 'x'), post('2026-03-02T00:00', 'CAT-1', 'x')], [], { ...period, label: '' })
    expect(result.months).toEqual(['2026-01', '2026-02', '2026-03'])
    expect(result.byMonth).toEqual([0, 0, 1])
    expect(monthsBetween('2025-12-31', '2026-01-01')).toEqual(['2025-12', '2026-01'])
  })
})

describe('computeActivityReport: audience', () => {
  const snap = (channel: Channel, date: string, followers: number, pageLikes: number | null = null): ReportSnapshot => ({
    channel,
    date: `${date}T12:00:00.000Z`,
    followers,
    pageLikes,
  })

  it('compares the first and last snapshots of the period, in any order given, and ignores those outside', () => {
    const result = report(
      [],
      [
        snap('facebook', '2027-03-31', 1300, 900),
        snap('facebook', '2026-03-31', 50),
        snap('facebook', '2026-04-01', 1000, 800),
        snap('facebook', '2026-08-15', 1100),
        snap('facebook', '2027-04-01', 9999),
      ],
    )
    const facebook = result.audience.find((row) => row.channel === 'facebook')!
    expect(facebook.first).toEqual({ day: '2026-04-01', followers: 1000, pageLikes: 800 })
    expect(facebook.last).toEqual({ day: '2027-03-31', followers: 1300, pageLikes: 900 })
    expect(facebook.change).toBe(300)
    expect(facebook.changePercent).toBe(30)
  })

  it('has no change and no percentage without a baseline: no snapshot, a single one, or 0 followers at first', () => {
    const result = report([], [snap('instagram', '2026-06-01', 400), snap('linkedin', '2026-05-01', 0), snap('linkedin', '2026-09-01', 25)])
    const row = (channel: Channel) => result.audience.find((candidate) => candidate.channel === channel)!
    expect(row('x')).toMatchObject({ first: null, last: null, change: null, changePercent: null })
    expect(row('instagram')).toMatchObject({ change: null, changePercent: null })
    expect(row('instagram').first?.followers).toBe(400)
    expect(row('linkedin')).toMatchObject({ change: 25, changePercent: null })
  })

  it('rounds the percentage to a tenth and keeps losses negative', () => {
    const result = report([], [snap('x', '2026-04-10', 300), snap('x', '2026-12-10', 299)])
    expect(result.audience.find((row) => row.channel === 'x')).toMatchObject({ change: -1, changePercent: -0.3 })
  })

  it('gives the chart the last snapshot of each month and a gap (null) for months without one', () => {
    const result = report(
      [],
      [snap('facebook', '2026-04-02', 100), snap('facebook', '2026-04-28', 120), snap('facebook', '2026-06-30', 150)],
    )
    const monthly = result.audience.find((row) => row.channel === 'facebook')!.monthly
    expect(monthly.slice(0, 4)).toEqual([120, null, 150, null])
    expect(monthly).toHaveLength(12)
  })
})

describe('reportToCsv', () => {
  const result = report(
    [post('2026-05-02T09:00', 'CAT-2', 'facebook', 'instagram'), post('2026-06-02T09:00', '=HYPERLINK', 'x')],
    [
      { channel: 'facebook', date: '2026-04-01', followers: 1000 },
      { channel: 'facebook', date: '2026-10-01', followers: 875 },
    ],
  )

  it('French: BOM, semicolons, decimal comma, negative numbers left alone', () => {
    const csv = reportToCsv(result, 'fr')
    expect(csv.startsWith('\uFEFFSection;Code;Libellé;Date;Valeur\r\n')).toBe(true)
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data
    const find = (section: string, code = '', date = '') =>
      rows.find((row) => row[0] === section && row[1] === code && row[3] === date)?.[4]
    expect(find('Publications publiées (total)')).toBe('2')
    expect(find('Diffusions sur les réseaux (total)')).toBe('3')
    expect(find('Publications par mois', '', '2026-05')).toBe('1')
    expect(find('Publications par catégorie et par mois', 'CAT-2', '2026-05')).toBe('1')
    expect(find('Publications par catégorie', 'CAT-3')).toBe('0')
    expect(find('Variation des abonnés', 'facebook')).toBe('-125')
    expect(find('Variation des abonnés (%)', 'facebook')).toBe('-12,5')
    expect(rows.some((row) => row[0] === 'Abonnés au premier relevé' && row[1] === 'instagram')).toBe(false)
  })

  it('English: commas and a decimal point', () => {
    const csv = reportToCsv(result, 'en')
    expect(csv.startsWith('\uFEFFSection,Code,Label,Date,Value\r\n')).toBe(true)
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
    expect(rows.find((row) => row[0] === 'Change in followers (%)')?.[4]).toBe('-12.5')
  })

  it('defuses a label that starts like a spreadsheet formula', () => {
    const labelled = computeActivityReport({
      posts: [],
      snapshots: [],
      categories: [{ code: 'CAT-1', labelFr: '=HYPERLINK("http://x")', labelEn: '+1', color: '#000000' }],
      from: FISCAL.from,
      to: FISCAL.to,
      timeZone: ZONE,
    })
    const rows = Papa.parse<string[]>(reportToCsv(labelled, 'fr').slice(1), { delimiter: ';', skipEmptyLines: true }).data
    expect(rows.find((row) => row[1] === 'CAT-1')?.[2]).toBe(`'=HYPERLINK("http://x")`)
  })

  it('defuses a label starting with -, +, =, @, tab or CR whatever follows, and leaves the figures as numbers', () => {
    const labels = ['-2+3', '-1', '-cmd|calc', '+1', '+A1', '=1+1', '@SUM(A1)', '\tx', '\r=x', 'Prévention']
    const labelled = computeActivityReport({
      posts: [],
      snapshots: [],
      categories: labels.map((label, index) => ({ code: `CAT-${index + 1}`, labelFr: label, labelEn: label, color: '#000000' })),
      from: FISCAL.from,
      to: FISCAL.to,
      timeZone: ZONE,
    })
    for (const language of ['fr', 'en'] as const) {
      const rows = Papa.parse<string[]>(reportToCsv(labelled, language).slice(1), {
        delimiter: language === 'fr' ? ';' : ',',
        skipEmptyLines: true,
      }).data
      labels.forEach((label, index) => {
        const cell = rows.find((row) => row[1] === `CAT-${index + 1}`)?.[2]
        expect(cell, JSON.stringify(label)).toBe(label === 'Prévention' ? label : `'${label}`)
      })
    }
    expect(defuseCell('-125')).toBe(`'-125`)
    expect(defuseCell('2026-05')).toBe('2026-05')
    const figures = Papa.parse<string[]>(reportToCsv(result, 'fr').slice(1), { delimiter: ';', skipEmptyLines: true }).data
    expect(figures.find((row) => row[0] === 'Variation des abonnés' && row[1] === 'facebook')?.[4]).toBe('-125')
    expect(figures.find((row) => row[0] === 'Variation des abonnés (%)' && row[1] === 'facebook')?.[4]).toBe('-12,5')
  })
})

describe('parseReportQuery', () => {
  const settings = { timeZone: ZONE, reportingYearStartMonth: 4, now: new Date('2026-11-25T12:00:00Z'), language: 'fr' as const }

  it('defaults to the current reporting year of the policy', () => {
    const parsed = parseReportQuery({}, settings)
    expect(parsed.ok && parsed.value).toMatchObject({
      fromDay: '2026-04-01',
      toDay: '2027-04-01',
      format: 'json',
      lang: 'fr',
      isDefault: true,
    })
    expect(parsed.ok && parsed.value.from.toISOString()).toBe(FISCAL.from.toISOString())
    const september = parseReportQuery({}, { ...settings, reportingYearStartMonth: 9 })
    expect(september.ok && september.value.fromDay).toBe('2026-09-01')
  })

  it('reads days at midnight in the policy’s zone', () => {
    const parsed = parseReportQuery({ from: '2026-01-01', to: '2026-07-01', format: 'csv', lang: 'en' }, settings)
    expect(parsed.ok && parsed.value.from.toISOString()).toBe('2026-01-01T05:00:00.000Z')
    expect(parsed.ok && parsed.value.to.toISOString()).toBe('2026-07-01T04:00:00.000Z')
    expect(parsed.ok && parsed.value.format).toBe('csv')
  })

  it('accepts three years exactly and refuses a day more, an inverted period, a bad date, one bound alone', () => {
    expect(parseReportQuery({ from: '2024-04-01', to: '2027-04-01' }, settings).ok).toBe(true)
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ from: '2024-04-01', to: '2027-04-02' }, 'to', /3 ans/],
      [{ from: '2026-04-01', to: '2026-04-01' }, 'to', /doit précéder/],
      [{ from: '2026-02-30', to: '2026-04-01' }, 'from', /2026-02-30/],
      [{ from: '2026-04-01' }, 'to', /ensemble/],
      [{ format: 'xlsx' }, 'format', /xlsx/],
      [{ from: ['2026-01-01', '2026-02-01'], to: '2026-04-01' }, 'from', /une seule valeur/i],
    ]
    for (const [query, path, message] of cases) {
      const parsed = parseReportQuery(query, settings)
      expect(parsed.ok, JSON.stringify(query)).toBe(false)
      if (!parsed.ok) {
        expect(parsed.errors[0].path).toBe(path)
        expect(parsed.errors[0].message).toMatch(message)
      }
    }
  })

  it('answers in the language asked for', () => {
    const parsed = parseReportQuery({ from: 'hier', to: '2026-04-01', lang: 'en' }, settings)
    expect(!parsed.ok && parsed.errors[0].message).toBe('from: "hier" is not a valid YYYY-MM-DD date.')
  })
})
