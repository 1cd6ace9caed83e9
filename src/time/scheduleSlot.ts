import { addDays } from './days'
import { USUAL_POSTING_HOUR, USUAL_POSTING_TIME } from './dropTime'
import { atDefaultTime, dayKey, toWallClock } from './zonedTime'

/** « 2 décembre 2026 à 16 h 28 » / "December 2, 2026 at 16:28", in the zone (24 h, year always shown). */
export function formatInstant(instant: Date, zone: string, language: string | undefined): string {
  const english = language === 'en'
  const date = new Intl.DateTimeFormat(english ? 'en-CA' : 'fr-CA', { timeZone: zone, dateStyle: 'long' }).format(instant)
  const [hour, minute] = toWallClock(instant, zone).slice(11, 16).split(':')
  return english ? `${date} at ${hour}:${minute}` : `${date.replace(/^1 /, '1er ')} à ${Number(hour)} h ${minute}`
}

/**
 * The date and time a schedule dialog proposes, in the zone: the post's own time when it is still
 * ahead, else the next usual posting hour.
 */
export function defaultScheduleSlot(now: Date, zone: string, publishAt?: string | null): { day: string; time: string } {
  if (publishAt) {
    const planned = new Date(publishAt)
    if (!Number.isNaN(planned.getTime()) && planned.getTime() > now.getTime()) {
      const wall = toWallClock(planned, zone)
      return { day: wall.slice(0, 10), time: wall.slice(11, 16) }
    }
  }
  const today = dayKey(now, zone)
  const day = atDefaultTime(today, zone, USUAL_POSTING_HOUR).getTime() > now.getTime() ? today : addDays(today, 1)
  return { day, time: USUAL_POSTING_TIME }
}

/** « Toronto » for America/Toronto: how people name their zone. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ')
}
