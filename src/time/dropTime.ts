/**
 * The time a drop on the calendar asks for, and whether a drop lands in the past. Pure: the clock
 * is always passed in, so the browser (its own clock) and the server (the request's) agree on the
 * rule while tests fix the date.
 */
import { dayKey, fromWallClock, parseIsoInstant, toWallClock } from './zonedTime'

/**
 * The usual posting time when a post has none of its own. The policy settings hold no posting
 * hours (GOV-1 records weekly targets only), so this is the calendar's long-standing 10:00.
 */
export const USUAL_POSTING_HOUR = 10
export const USUAL_POSTING_TIME = `${String(USUAL_POSTING_HOUR).padStart(2, '0')}:00`

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/

export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && TIME_RE.test(value)
}

/** `HH:mm` offered in the drop dialog: the post's previous time in the zone, else the usual time. */
export function defaultDropTime(previousPublishAt: string | null | undefined, zone: string): string {
  const previous = typeof previousPublishAt === 'string' ? parseIsoInstant(previousPublishAt) : null
  return previous ? toWallClock(previous, zone).slice(11, 16) : USUAL_POSTING_TIME
}

/** Today's `YYYY-MM-DD` in the zone. */
export function todayIn(zone: string, now: Date): string {
  return dayKey(now, zone)
}

/** Whether a whole day is over in the zone (a day before today). */
export function isPastDay(day: string, zone: string, now: Date): boolean {
  return day < todayIn(zone, now)
}

/** Whether `day` at `time` (wall clock in the zone) is not after `now`: such a drop is refused. */
export function isPastDrop(day: string, time: string, zone: string, now: Date): boolean {
  return fromWallClock(`${day}T${time}`, zone).getTime() <= now.getTime()
}
