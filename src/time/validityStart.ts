import { startOfDay } from './zonedTime'

const STORED_DAY = /^(\d{4}-\d{2}-\d{2})T12:00:00(?:\.000)?Z$/

/**
 * When a consent starts to count. Its start is a calendar day, stored at noon UTC (./storedDay.ts):
 * it counts from the first moment of that day in the organisation's zone — a consent recorded
 * « à partir d'aujourd'hui » at 6 a.m. is in force at once, not at noon UTC. Any other instant counts
 * as it is. Null for a value that is not a date.
 */
export function validityStart(value: string, zone: string): number | null {
  const day = STORED_DAY.exec(value)?.[1]
  if (day) return startOfDay(day, zone).getTime()
  const instant = Date.parse(value)
  return Number.isNaN(instant) ? null : instant
}

/**
 * When a consent stops counting. Its expiry (« Expire le ») is a calendar day stored like its start:
 * on that day it no longer counts, from the first moment of the day in the organisation's zone (not
 * from noon UTC, 7 or 8 a.m. in Québec). Any other instant counts as it is; null when unreadable.
 */
export function validityEnd(value: string, zone: string): number | null {
  return validityStart(value, zone)
}
