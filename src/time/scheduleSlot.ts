import { addDays } from './days'
import { formatMoment } from './formatMoment'
import { USUAL_POSTING_HOUR, USUAL_POSTING_TIME } from './dropTime'
import { atDefaultTime, dayKey, toWallClock } from './zonedTime'

/** « 2 déc. 2026, 16 h 28 » / "Dec 2, 2026, 4:28 PM", in the zone: Balises' one format (src/time/formatMoment.ts). */
export function formatInstant(instant: Date, zone: string, language: string | undefined): string {
  return formatMoment(instant, language, zone)
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
