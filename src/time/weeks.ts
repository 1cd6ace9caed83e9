/**
 * Weeks start on Monday (Québec usage) and are named by their Monday's day key `YYYY-MM-DD`.
 * Calendar days are day keys (strings), never `Date`s: a week is always seven day keys, even the
 * week of a daylight-saving change (which lasts 167 or 169 hours in instants).
 */
import { addDays, assertDayKey, weekdayIndex } from './days'
import { dayKey } from './zonedTime'

/** Monday of the week containing `day` (a day key). */
export function mondayOf(day: string): string {
  assertDayKey(day)
  return addDays(day, -weekdayIndex(day))
}

/** Monday (`YYYY-MM-DD`) of the week containing this instant, in the zone. */
export function weekStart(instant: Date | string, zone: string): string {
  return mondayOf(dayKey(instant, zone))
}

/**
 * The Mondays of every week that touches `fromDay`…`toDay` (both included), in order: the first is
 * the Monday at or before `fromDay`, the last the Monday of `toDay`'s week. Empty if
 * `toDay` < `fromDay`.
 */
export function weeksInRange(fromDay: string, toDay: string): string[] {
  assertDayKey(fromDay, 'fromDay')
  assertDayKey(toDay, 'toDay')
  const weeks: string[] = []
  if (toDay < fromDay) return weeks
  const last = mondayOf(toDay)
  for (let monday = mondayOf(fromDay); monday <= last; monday = addDays(monday, 7)) weeks.push(monday)
  return weeks
}
