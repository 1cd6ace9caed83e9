/**
 * Pure rules that sort posts into queues from their workflow history (the `history` rows
 * `{from, to, by, at, reason}` every stage change appends, hooks/enforcePostRules.ts).
 */
import { addDays } from '../time/days'
import { weekStart } from '../time/weeks'
import { startOfDay } from '../time/zonedTime'

type Id = number | string
export type HistoryRow = { from?: string | null; to?: string | null; by?: unknown; at?: string | null; reason?: string | null }

export const idOf = (value: unknown): Id | null => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/** The last stage change (delivery events, which have no stages, are not moves). */
const lastRow = (history: readonly HistoryRow[] | null | undefined): HistoryRow | undefined =>
  Array.isArray(history) ? history.filter((row) => row?.to).at(-1) : undefined

/**
 * « Renvoyée en rédaction »: the post's last move is in_review → draft made by someone other than
 * its author (the author taking their own post back is not a sending back). Returns that row.
 */
export function sentBackRow(history: readonly HistoryRow[] | null | undefined, authorId: unknown): HistoryRow | null {
  const row = lastRow(history)
  if (!row || row.from !== 'in_review' || row.to !== 'draft') return null
  const by = idOf(row.by)
  const author = idOf(authorId)
  return by !== null && author !== null && String(by) !== String(author) ? row : null
}

/** « Refusée à la publication »: the last move is scheduled → unscheduled by nobody (the publication job). */
export function refusedAtPublicationRow(history: readonly HistoryRow[] | null | undefined): HistoryRow | null {
  const row = lastRow(history)
  return row && row.from === 'scheduled' && row.to === 'unscheduled' && idOf(row.by) === null ? row : null
}

/** The instants bounding this week (Monday 00:00 to the next Monday 00:00) in the zone. */
export function thisWeek(now: Date, zone: string): { start: Date; end: Date } {
  const monday = weekStart(now, zone)
  return { start: startOfDay(monday, zone), end: startOfDay(addDays(monday, 7), zone) }
}
