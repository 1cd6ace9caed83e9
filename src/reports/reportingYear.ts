import { TZDate } from '@date-fns/tz'

export type ReportingYear = { from: Date; to: Date; label: string }

/**
 * The reporting (fiscal) year containing `at`, in the policy's zone: from the 1st of
 * `startMonth` at midnight to the same day a year later (exclusive). Québec community
 * organisations report on 1 April – 31 March: label « 2026-2027 ».
 */
export function reportingYear(at: Date, startMonth: number, timeZone: string): ReportingYear {
  const month = Math.min(12, Math.max(1, Math.trunc(startMonth) || 4))
  const local = new TZDate(at.getTime(), timeZone)
  const startYear = local.getMonth() + 1 >= month ? local.getFullYear() : local.getFullYear() - 1
  const from = new TZDate(startYear, month - 1, 1, 0, 0, 0, 0, timeZone)
  const to = new TZDate(startYear + 1, month - 1, 1, 0, 0, 0, 0, timeZone)
  return {
    from: new Date(from.getTime()),
    to: new Date(to.getTime()),
    label: month === 1 ? String(startYear) : `${startYear}-${startYear + 1}`,
  }
}
