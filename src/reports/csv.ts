import Papa from 'papaparse'

import { CHANNEL_NAMES } from '../channels'
import { translate, type TranslationKey } from '../translations'
import type { ActivityReport } from './activityReport'

export type CsvLanguage = 'fr' | 'en'

/**
 * The report as one "long" table that a spreadsheet can filter or pivot: one figure per row,
 * with its section, the category or network code and label, the month (`YYYY-MM`) or day
 * (`YYYY-MM-DD`) it is about, and the value.
 *
 * French: `;` between fields and a decimal comma, as French Excel expects; English: `,` and a
 * decimal point. Both start with a UTF-8 BOM, without which Excel reads accents as Windows-1252.
 * Every text cell (labels, codes) that starts like a formula (`=`, `+`, `-`, `@`, tab, CR) is
 * defused with a leading `'`, whatever follows (`-2+3` and `+1` are formulas to a spreadsheet);
 * the figures, negative ones included, are the report's own numbers and are left as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** A text cell a spreadsheet would evaluate, made inert (OWASP: leading `'`, quoted). */
export function defuseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export function reportToCsv(report: ActivityReport, language: CsvLanguage): string {
  const t = (key: TranslationKey) => translate(language, key)
  const decimal = (value: number | null) =>
    value === null ? '' : Number.isInteger(value) ? value : language === 'fr' ? String(value).replace('.', ',') : String(value)
  const rows: (string | number)[][] = []
  const add = (section: TranslationKey, code: string, label: string, date: string, value: number | string | null) =>
    rows.push([
      defuseCell(t(section)),
      defuseCell(code),
      defuseCell(label),
      defuseCell(date),
      typeof value === 'string' ? defuseCell(value) : decimal(value),
    ])

  add('reports:csvPeriodStart', '', '', report.period.fromDay, '')
  add('reports:csvPeriodEnd', '', '', report.period.toDay, '')
  add('reports:csvPostsTotal', '', '', '', report.totals.posts)
  add('reports:csvPublicationsTotal', '', '', '', report.totals.publications)
  report.months.forEach((month, index) => add('reports:csvPostsByMonth', '', '', month, report.byMonth[index]))
  for (const row of report.byCategory) {
    const label = language === 'en' ? row.labelEn : row.labelFr
    add('reports:csvPostsByCategory', row.code ?? '', label, '', row.total)
  }
  for (const row of report.byCategory) {
    const label = language === 'en' ? row.labelEn : row.labelFr
    report.months.forEach((month, index) => add('reports:csvPostsByCategoryMonth', row.code ?? '', label, month, row.months[index]))
  }
  for (const row of report.byChannel) add('reports:csvPublicationsByChannel', row.channel, CHANNEL_NAMES[row.channel], '', row.publications)
  for (const row of report.audience) {
    if (!row.first || !row.last) continue
    const name = CHANNEL_NAMES[row.channel]
    add('reports:csvFollowersStart', row.channel, name, row.first.day, row.first.followers)
    add('reports:csvFollowersEnd', row.channel, name, row.last.day, row.last.followers)
    add('reports:csvFollowersChange', row.channel, name, '', row.change)
    add('reports:csvFollowersChangePercent', row.channel, name, '', row.changePercent)
    report.months.forEach((month, index) => add('reports:csvFollowersMonthly', row.channel, name, month, row.monthly[index]))
  }

  const csv = Papa.unparse(
    {
      fields: [t('reports:csvSection'), t('reports:csvCode'), t('reports:csvLabel'), t('reports:csvDate'), t('reports:csvValue')],
      data: rows,
    },
    {
      delimiter: language === 'fr' ? ';' : ',',
      newline: '\r\n',
      // Text cells are defused above; the figures (`-12,5` is a string in French) must stay numbers.
      escapeFormulae: false,
      quotes: (value: unknown) => typeof value === 'string' && value.startsWith("'"),
    },
  )
  return `\uFEFF${csv}\r\n`
}

/** `rapport-activite_2026-04-01_2027-03-31.csv` (last day included in the name). */
export function csvFilename(report: ActivityReport, language: CsvLanguage): string {
  return `${translate(language, 'reports:csvFilename')}_${report.period.fromDay}_${report.period.toDay}.csv`
}
