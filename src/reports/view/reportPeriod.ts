import { addDays, isDayKey } from '../../time/days'
import { dayKey } from '../../time/zonedTime'
import { translate } from '../../translations'
import { parseReportQuery, type ReportLanguage, type ReportQuery } from '../reportQuery'
import { reportingYear } from '../reportingYear'

export type YearLink = { label: string; from: string; until: string }

export type ViewPeriod = {
  query: ReportQuery
  /** Why the period asked for was refused (the current reporting year is shown instead). */
  errors: string[]
  /** Last day included, for the form. */
  until: string
  /** Fiscal-year label when the period is exactly one reporting year. */
  yearLabel: string | null
  current: YearLink
  previous: YearLink
}

/**
 * The view's period: `?from=YYYY-MM-DD&until=YYYY-MM-DD`, `until` being the LAST day shown (a form
 * reads better with « au 31 mars » than with « jusqu’au 1er avril exclu »); the API's `to` is the
 * day after. Checked by the API's own parser, so the view and the CSV agree on what is valid.
 */
export function viewPeriod(
  params: { from: string; until: string },
  settings: { timeZone: string; reportingYearStartMonth: number; now: Date; language: ReportLanguage },
): ViewPeriod {
  const year = (at: Date): YearLink => {
    const found = reportingYear(at, settings.reportingYearStartMonth, settings.timeZone)
    const from = dayKey(found.from, settings.timeZone)
    return { label: found.label, from, until: addDays(dayKey(found.to, settings.timeZone), -1) }
  }
  const current = year(settings.now)
  const previous = year(new Date(reportingYear(settings.now, settings.reportingYearStartMonth, settings.timeZone).from.getTime() - 1))

  const errors: string[] = []
  let raw: Record<string, unknown> = {}
  if (params.from || params.until) {
    if (isDayKey(params.from) && isDayKey(params.until) && params.until < params.from) {
      errors.push(translate(settings.language, 'reports:errorOrder', { from: params.from, to: params.until }))
    } else {
      raw = { from: params.from, to: isDayKey(params.until) ? addDays(params.until, 1) : params.until }
    }
  }
  let parsed = parseReportQuery({ ...raw, lang: settings.language }, settings)
  if (!parsed.ok) {
    errors.push(...parsed.errors.map((error) => error.message))
    parsed = parseReportQuery({ lang: settings.language }, settings)
  }
  if (!parsed.ok) throw new Error('the default reporting year cannot be refused')
  if (errors.length > 0) parsed.value.isDefault = true
  const query = parsed.value
  const until = addDays(query.toDay, -1)
  const itsYear = year(query.from)
  const yearLabel = itsYear.from === query.fromDay && itsYear.until === until ? itsYear.label : null
  return { query, errors, until, yearLabel, current, previous }
}
