/**
 * Calendar days as `YYYY-MM-DD` strings ("day keys"). A day key names a day on the wall calendar,
 * not an instant, so arithmetic on it never depends on a time zone or on daylight-saving time:
 * every day has exactly one key, every week exactly seven of them.
 *
 * Internally a day key maps to midnight UTC of that date; that is only a counting device.
 */

const DAY_MS = 86_400_000
const DAY_KEY_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Milliseconds since the epoch of this date/time read as UTC, for any year 0000–9999. */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, ms)
  return date.getTime()
}

/** Whether the year/month/day form a real calendar date (no 30 February, no month 13). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

/** Whether the value is a `YYYY-MM-DD` string naming a real date. */
export function isDayKey(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = DAY_KEY_RE.exec(value)
  return match !== null && isValidDate(Number(match[1]), Number(match[2]), Number(match[3]))
}

/** Throws a RangeError unless the value is a valid day key; `name` is used in the message. */
export function assertDayKey(value: unknown, name = 'day'): asserts value is string {
  if (!isDayKey(value)) throw new RangeError(`${name} must be a YYYY-MM-DD date, got ${JSON.stringify(value)}`)
}

/** `{ year, month, day }` of a day key (month 1–12). */
export function dayParts(day: string): { year: number; month: number; day: number } {
  assertDayKey(day)
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) }
}

export function formatDayKey(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function keyToMs(day: string): number {
  const parts = dayParts(day)
  return utcMs(parts.year, parts.month, parts.day)
}

function msToKey(ms: number): string {
  const date = new Date(ms)
  return formatDayKey(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** The day `amount` days after (or before, if negative) `day`. */
export function addDays(day: string, amount: number): string {
  if (!Number.isInteger(amount)) throw new RangeError(`amount must be an integer, got ${amount}`)
  return msToKey(keyToMs(day) + amount * DAY_MS)
}

/** Number of days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((keyToMs(to) - keyToMs(from)) / DAY_MS)
}

/** 0 for Monday … 6 for Sunday (ISO weekday minus one). */
export function weekdayIndex(day: string): number {
  return (new Date(keyToMs(day)).getUTCDay() + 6) % 7
}
