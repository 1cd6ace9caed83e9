/**
 * The report's query: `?from=YYYY-MM-DD&to=YYYY-MM-DD&format=json|csv&lang=fr|en`, checked with zod.
 *
 * `from` is the first day, `to` the first day NOT included (half-open, like the calendar's API):
 * the fiscal year 2026-2027 is `from=2026-04-01&to=2027-04-01`. Days start at midnight in the
 * policy's zone. Both bounds or neither: without them, the current reporting year of the policy.
 * At most three years, so one request cannot make the server read the whole history.
 */
import { z } from 'zod'

import { isDayKey } from '../time/days'
import { dayKey, fromWallClock } from '../time/zonedTime'
import { translate, type TranslationKey } from '../translations'
import { reportingYear } from './reportingYear'

export const REPORT_FORMATS = ['json', 'csv'] as const
export const REPORT_LANGUAGES = ['fr', 'en'] as const
export const MAX_REPORT_YEARS = 3

export type ReportFormat = (typeof REPORT_FORMATS)[number]
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number]

export type ReportQuery = {
  from: Date
  to: Date
  /** First day included and first day excluded, `YYYY-MM-DD` in the zone. */
  fromDay: string
  toDay: string
  format: ReportFormat
  lang: ReportLanguage
  /** Whether the period is the policy's current reporting year (no bounds given). */
  isDefault: boolean
}

export type ReportQueryError = { path: string; message: string }

export type ReportSettings = { timeZone: string; reportingYearStartMonth: number; now: Date; language: ReportLanguage }

type Issue = { path: string; key: TranslationKey; vars?: Record<string, string | number> }

const text = z.string().trim().optional()

const schema = z.object({ from: text, to: text, format: text, lang: text })

/** Three years after a day, as a comparable key (29 February stays a valid upper bound). */
function yearsLater(day: string, years: number): string {
  return `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`
}

/** Reads the query, or says what is wrong with each parameter in the requested language. */
export function parseReportQuery(
  raw: Record<string, unknown>,
  settings: ReportSettings,
): { ok: true; value: ReportQuery } | { ok: false; errors: ReportQueryError[] } {
  const issues: Issue[] = []
  const parsed = schema.safeParse(
    Object.fromEntries(['from', 'to', 'format', 'lang'].map((name) => [name, raw[name] === '' ? undefined : raw[name]])),
  )
  const requested =
    typeof raw.lang === 'string' && (REPORT_LANGUAGES as readonly string[]).includes(raw.lang)
      ? (raw.lang as ReportLanguage)
      : settings.language
  const refuse = () => ({
    ok: false as const,
    errors: issues.map((issue) => ({ path: issue.path, message: translate(requested, issue.key, issue.vars) })),
  })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push({ path: issue.path.join('.'), key: 'reports:errorSingleValue' })
    return refuse()
  }
  const { from, to, format = 'json', lang = settings.language } = parsed.data
  if (!(REPORT_FORMATS as readonly string[]).includes(format))
    issues.push({ path: 'format', key: 'reports:errorFormat', vars: { value: format } })
  if (!(REPORT_LANGUAGES as readonly string[]).includes(lang))
    issues.push({ path: 'lang', key: 'reports:errorLang', vars: { value: lang } })
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && !isDayKey(value)) issues.push({ path: name, key: 'reports:errorDate', vars: { name, value } })
  }
  if ((from === undefined) !== (to === undefined)) issues.push({ path: from === undefined ? 'from' : 'to', key: 'reports:errorBothBounds' })
  if (issues.length > 0) return refuse()

  let fromDay: string
  let toDay: string
  if (from !== undefined && to !== undefined) {
    if (from >= to) issues.push({ path: 'to', key: 'reports:errorOrder', vars: { from, to } })
    else if (to > yearsLater(from, MAX_REPORT_YEARS))
      issues.push({ path: 'to', key: 'reports:errorTooLong', vars: { years: MAX_REPORT_YEARS } })
    if (issues.length > 0) return refuse()
    fromDay = from
    toDay = to
  } else {
    const year = reportingYear(settings.now, settings.reportingYearStartMonth, settings.timeZone)
    fromDay = dayKey(year.from, settings.timeZone)
    toDay = dayKey(year.to, settings.timeZone)
  }
  return {
    ok: true,
    value: {
      from: fromWallClock(fromDay, settings.timeZone),
      to: fromWallClock(toDay, settings.timeZone),
      fromDay,
      toDay,
      format: format as ReportFormat,
      lang: lang as ReportLanguage,
      isDefault: from === undefined,
    },
  }
}
