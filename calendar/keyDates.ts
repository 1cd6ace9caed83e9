/**
 * Key dates shown on the calendar: the « Journée nationale de l'enfant » (CAT-4, 20 November every
 * year) and the organisation's own key dates from the policy settings (GOV-1).
 */
import { assertDayKey, dayParts, daysInMonth, formatDayKey } from '../src/time/days'
import { assertTimeZone, dayKey, parseIsoInstant, parseWallClock } from '../src/time/zonedTime'

export type KeyDateLabel = { fr: string; en: string }

export type KeyDate = { day: string; label: KeyDateLabel; source: 'CAT-4' | 'policy' }

/** A key date as stored in the policy settings (`keyDates` array). */
export type PolicyKeyDate = { label: string; date: string; yearly?: boolean | null }

/** CAT-4: National Child Day, 20 November every year. */
export const NATIONAL_CHILD_DAY = {
  month: 11,
  day: 20,
  label: { fr: "Journée nationale de l'enfant", en: 'National Child Day' } as KeyDateLabel,
} as const

/**
 * The day (`YYYY-MM-DD`, in `zone`) of a policy key date, or null if unreadable. Accepts a day
 * (`2026-06-21`, taken as is), a wall-clock time without offset (its date part), or an ISO
 * instant with `Z` or an offset (its day in `zone`: `2026-06-21T02:00:00Z` is 20 June in Toronto).
 */
export function policyKeyDateDay(date: string, zone: string): string | null {
  if (typeof date !== 'string') return null
  const instant = parseIsoInstant(date)
  if (instant) return dayKey(instant, zone)
  return parseWallClock(date) === null ? null : date.slice(0, 10)
}

/** The same month and day in `year`; 29 February becomes 28 February in a non-leap year. */
function sameDayIn(year: number, month: number, day: number): string {
  return formatDayKey(year, month, Math.min(day, daysInMonth(year, month)))
}

/**
 * Key dates falling on `fromDay`…`toDay` (both included), sorted by day (CAT-4 first on a shared
 * day, then by label):
 * - « Journée nationale de l'enfant » / "National Child Day" on 20 November of every year (CAT-4);
 * - each policy key date on its day in `zone`; a `yearly` one on its month and day in every year
 *   of the range (also years before the one it was entered with), 29 February → 28 February in
 *   non-leap years. Its label (a single text in the settings) is used for both languages.
 * Policy key dates whose date cannot be read are skipped.
 */
export function keyDatesInRange({
  fromDay,
  toDay,
  policyKeyDates,
  zone,
}: {
  fromDay: string
  toDay: string
  policyKeyDates?: readonly PolicyKeyDate[] | null
  zone: string
}): KeyDate[] {
  assertDayKey(fromDay, 'fromDay')
  assertDayKey(toDay, 'toDay')
  assertTimeZone(zone)
  if (toDay < fromDay) return []
  const firstYear = dayParts(fromDay).year
  const lastYear = dayParts(toDay).year
  const inRange = (day: string) => day >= fromDay && day <= toDay
  const result: KeyDate[] = []

  for (let year = firstYear; year <= lastYear; year++) {
    const day = sameDayIn(year, NATIONAL_CHILD_DAY.month, NATIONAL_CHILD_DAY.day)
    if (inRange(day)) result.push({ day, label: { ...NATIONAL_CHILD_DAY.label }, source: 'CAT-4' })
  }

  for (const keyDate of policyKeyDates ?? []) {
    const origin = policyKeyDateDay(keyDate.date, zone)
    if (!origin) continue
    const label = { fr: keyDate.label, en: keyDate.label }
    if (keyDate.yearly) {
      const { month, day } = dayParts(origin)
      for (let year = firstYear; year <= lastYear; year++) {
        const occurrence = sameDayIn(year, month, day)
        if (inRange(occurrence)) result.push({ day: occurrence, label: { ...label }, source: 'policy' })
      }
    } else if (inRange(origin)) {
      result.push({ day: origin, label, source: 'policy' })
    }
  }

  const sourceRank = { 'CAT-4': 0, policy: 1 } as const
  return result.sort(
    (a, b) =>
      (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
      sourceRank[a.source] - sourceRank[b.source] ||
      a.label.fr.localeCompare(b.label.fr, 'fr'),
  )
}
