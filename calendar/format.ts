/**
 * Dates and times as people read them: always with the year, always on a 24-hour clock
 * (« mercredi 9 décembre 2026 à 16 h 28 », "Wednesday, December 9, 2026 at 4:28 PM"), in the
 * policy's zone. Pure (Intl only), for the calendar view and the dashboard queues.
 */
import { translate } from '../src/translations'
import { formatClock } from '../src/time/formatMoment'
import { dayParts } from '../src/time/days'
import { parseIsoInstant, toWallClock } from '../src/time/zonedTime'

type Language = 'fr' | 'en'

const dayFormats = new Map<Language, Intl.DateTimeFormat>()

/** `2026-12-09` → « mercredi 9 décembre 2026 » / "Wednesday, December 9, 2026". */
export function formatDay(day: string, language: Language): string {
  let format = dayFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : 'fr-CA', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    dayFormats.set(language, format)
  }
  const { year, month, day: date } = dayParts(day)
  return format.format(new Date(Date.UTC(year, month - 1, date)))
}

/** `16:28` → « 16 h 28 » / "4:28 PM"; `09:00` → « 9 h 00 » / "9:00 AM" (src/time/formatMoment.ts). */
export function formatTime(time: string, language: Language): string {
  const [hours, minutes] = time.split(':')
  return formatClock(Number(hours), Number(minutes), language)
}

/** An instant as its day and time in the zone, or '' when it is not a valid instant. */
export function formatInstant(instant: string | null | undefined, zone: string, language: Language): string {
  const parsed = typeof instant === 'string' ? parseIsoInstant(instant) : null
  if (!parsed) return ''
  const wall = toWallClock(parsed, zone)
  return translate(language, 'calendarDrop:at', {
    day: formatDay(wall.slice(0, 10), language),
    time: formatTime(wall.slice(11, 16), language),
  })
}
