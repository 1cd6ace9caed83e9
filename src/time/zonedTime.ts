/**
 * Instants ↔ wall-clock times in the policy's time zone (default `America/Toronto`).
 *
 * Nothing here reads the server's or the browser's own zone: every conversion goes through
 * `Intl.DateTimeFormat` with an explicit `timeZone`, and strings without an offset are never
 * handed to `new Date()` (which would read them in the process's zone).
 *
 * Vocabulary:
 * - an *instant* is a `Date` (or an ISO 8601 string with `Z` or an offset);
 * - a *wall clock* is `YYYY-MM-DDTHH:mm:ss` without offset: what a clock on the wall shows in
 *   the zone;
 * - a *day key* is `YYYY-MM-DD` (see `./days`).
 */
import { addDays, assertDayKey, formatDayKey, isValidDate, utcMs } from './days'

export const DEFAULT_TIME_ZONE = 'America/Toronto'

const DAY_MS = 86_400_000

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone)
  if (!formatter) {
    if (typeof zone !== 'string' || zone.trim() === '') {
      throw new RangeError(`time zone must be an IANA name such as America/Toronto, got ${JSON.stringify(zone)}`)
    }
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
        era: 'short',
      })
    } catch {
      throw new RangeError(`unknown time zone ${JSON.stringify(zone)} (expected an IANA name such as America/Toronto)`)
    }
    formatters.set(zone, formatter)
  }
  return formatter
}

/** Throws a RangeError unless `zone` is a time zone this runtime knows. */
export function assertTimeZone(zone: string): void {
  formatterFor(zone)
}

export function isTimeZone(zone: unknown): zone is string {
  try {
    formatterFor(zone as string)
    return true
  } catch {
    return false
  }
}

type WallParts = { year: number; month: number; day: number; hour: number; minute: number; second: number }

function wallParts(ms: number, zone: string): WallParts {
  const parts: Record<string, string> = {}
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) parts[part.type] = part.value
  const year = Number(parts.year)
  return {
    // Years before 1 CE come out as "1 BC", "2 BC"…: astronomical numbering (0, −1…).
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

/** The zone's offset from UTC at this instant, in milliseconds (−4 h = −14 400 000 for EDT). */
export function zoneOffsetMs(instant: Date | number, zone: string): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000)
  const p = wallParts(wholeSecond, zone)
  return utcMs(p.year, p.month, p.day, p.hour, p.minute, p.second) - wholeSecond
}

const ISO_INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/

/**
 * Reads an instant: a valid `Date`, or an ISO 8601 string that carries `Z` or an offset
 * (`2026-03-08T15:00:00.000Z`, `2026-03-08T10:00-05:00`). A string without offset is refused,
 * because its meaning would depend on the server's zone: use `fromWallClock` for those.
 * Throws a RangeError for anything else.
 */
export function parseInstant(value: Date | string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('invalid Date')
    return value
  }
  const parsed = typeof value === 'string' ? parseIsoInstant(value) : null
  if (!parsed) {
    throw new RangeError(`expected an ISO 8601 instant with Z or an offset (e.g. 2026-03-08T15:00:00Z), got ${JSON.stringify(value)}`)
  }
  return parsed
}

/** `parseInstant` for strings, returning null instead of throwing. */
export function parseIsoInstant(value: string): Date | null {
  const match = ISO_INSTANT_RE.exec(value)
  if (!match) return null
  const [, y, mo, d, h, mi, s = '0', fraction = '0', offset] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s)
  if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null
  let offsetMinutes = 0
  if (offset !== 'Z') {
    const digits = offset.replace(':', '')
    const offHours = Number(digits.slice(1, 3))
    const offMinutes = Number(digits.slice(3, 5))
    if (offHours > 23 || offMinutes > 59) return null
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (offHours * 60 + offMinutes)
  }
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3))
  return new Date(utcMs(year, month, day, hour, minute, second, ms) - offsetMinutes * 60_000)
}

const WALL_CLOCK_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/

/**
 * Reads `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss[.sss]` (no offset) and returns the
 * wall-clock time as milliseconds "as if it were UTC" (a counting device, not an instant), or
 * null when it is not a real date and time.
 */
export function parseWallClock(wallClock: string): number | null {
  if (typeof wallClock !== 'string') return null
  const match = WALL_CLOCK_RE.exec(wallClock)
  if (!match) return null
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0'] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s)
  if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null
  return utcMs(year, month, day, hour, minute, second, Number(fraction.padEnd(3, '0').slice(0, 3)))
}

function formatWall(p: WallParts): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return `${formatDayKey(p.year, p.month, p.day)}T${two(p.hour)}:${two(p.minute)}:${two(p.second)}`
}

/** Local wall-clock time `YYYY-MM-DDTHH:mm:ss` (no offset) of the instant in the zone. */
export function toWallClock(instant: Date | string, zone: string): string {
  return formatWall(wallParts(parseInstant(instant).getTime(), zone))
}

/**
 * The instant at which clocks in `zone` show `wallClock` (`YYYY-MM-DD` → 00:00,
 * `YYYY-MM-DDTHH:mm`, `YYYY-MM-DDTHH:mm:ss`).
 *
 * Daylight-saving changes:
 * - a wall clock that does not exist (spring-forward gap, e.g. 2026-03-08T02:30 in Toronto, where
 *   clocks jump from 02:00 EST to 03:00 EDT) is moved forward by the length of the gap:
 *   2026-03-08T02:30 → 03:30 EDT (07:30Z);
 * - a wall clock that happens twice (fall-back, e.g. 2026-11-01T01:30 in Toronto, first in EDT
 *   then again in EST) resolves to its first occurrence: 01:30 EDT (05:30Z).
 *
 * Throws a RangeError for an invalid wall clock or zone.
 */
export function fromWallClock(wallClock: string, zone: string): Date {
  const local = parseWallClock(wallClock)
  if (local === null) {
    throw new RangeError(
      `expected a wall-clock time YYYY-MM-DD, YYYY-MM-DDTHH:mm or YYYY-MM-DDTHH:mm:ss (no offset), got ${JSON.stringify(wallClock)}`,
    )
  }
  // Offsets in force a day before and a day after; real zones change at most once in that span.
  const before = zoneOffsetMs(local - DAY_MS, zone)
  const after = zoneOffsetMs(local + DAY_MS, zone)
  const valid = [...new Set([before, after])]
    .map((offset) => local - offset)
    .filter((ms) => zoneOffsetMs(ms, zone) === local - ms)
    .sort((a, b) => a - b)
  // Ambiguous: two candidates, keep the earlier (first occurrence). Gap: none; read the wall clock
  // with the offset in force before the gap, which lands the same distance after it.
  return new Date(valid.length > 0 ? valid[0] : local - before)
}

/** `YYYY-MM-DD` of the instant in the zone. */
export function dayKey(instant: Date | string, zone: string): string {
  return toWallClock(instant, zone).slice(0, 10)
}

/** The instant at which `day` starts in the zone (its first moment, normally 00:00). */
export function startOfDay(day: string, zone: string): Date {
  assertDayKey(day)
  return fromWallClock(day, zone)
}

/**
 * The instants bounding the days `fromDay`…`toDay` (both included) in the zone, as a half-open
 * interval: `start` ≤ t < `end`, where `end` is the start of the day after `toDay`. This is the
 * database query for "everything on these days".
 */
export function dayRangeInstants(fromDay: string, toDay: string, zone: string): { start: Date; end: Date } {
  assertDayKey(fromDay, 'fromDay')
  assertDayKey(toDay, 'toDay')
  return { start: startOfDay(fromDay, zone), end: startOfDay(addDays(toDay, 1), zone) }
}

/**
 * Drag-and-drop "move to another day": the same local time of day on `targetDay`. A post at 10:00
 * stays at 10:00 on the new day even when a daylight-saving change lies in between (its UTC offset
 * changes instead). If that time does not exist on the target day (spring-forward gap), it moves
 * forward by the gap, as in `fromWallClock`.
 */
export function moveToDay(instant: Date, targetDay: string, zone: string): Date {
  const source = parseInstant(instant)
  assertDayKey(targetDay, 'targetDay')
  const time = toWallClock(source, zone).slice(11)
  const millis = ((source.getTime() % 1000) + 1000) % 1000
  return new Date(fromWallClock(`${targetDay}T${time}`, zone).getTime() + millis)
}

/** A post that had no time, dropped on `day`: that day at `hour`:00 local (10:00 by default). */
export function atDefaultTime(day: string, zone: string, hour = 10): Date {
  assertDayKey(day)
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`hour must be 0–23, got ${hour}`)
  return fromWallClock(`${day}T${String(hour).padStart(2, '0')}:00`, zone)
}
