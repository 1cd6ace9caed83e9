/**
 * The one way Balises writes a date, in every screen, list, history, digest, report, e-mail and notice:
 * - French: « 1 déc. 2026, 16 h 28 » (24 h, « h » style), date only « 1 déc. 2026 »;
 * - English: "Dec 1, 2026, 4:28 PM", date only "Dec 1, 2026".
 * The year is always shown. Built from `formatToParts` so that the ICU version (Node, Chromium) does not
 * change the result (fr-CA's medium style is "2026-12-01" in some of them, en's "PM" follows a narrow
 * no-break space in others). Pure: Intl only, for the server and the browser.
 */

type Language = 'fr' | 'en'

const languageOf = (language: string | undefined): Language => (language === 'en' ? 'en' : 'fr')

const formats = new Map<string, Intl.DateTimeFormat>()

function formatter(kind: 'day' | 'moment', language: Language, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${kind}|${language}|${timeZone ?? ''}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'fr', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(kind === 'moment'
        ? { hour: 'numeric', minute: '2-digit', ...(language === 'en' ? { hour12: true } : { hourCycle: 'h23' as const }) }
        : {}),
      ...(timeZone ? { timeZone } : {}),
    })
    formats.set(key, format)
  }
  return format
}

function instantOf(value: string | Date | null | undefined): Date | null {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

type Parts = { day: string; month: string; year: string; hour: string; minute: string; dayPeriod: string }

function partsOf(kind: 'day' | 'moment', date: Date, language: Language, timeZone: string | undefined): Parts {
  const parts: Parts = { day: '', month: '', year: '', hour: '', minute: '', dayPeriod: '' }
  for (const part of formatter(kind, language, timeZone).formatToParts(date)) {
    if (part.type in parts) parts[part.type as keyof Parts] = part.value
  }
  return parts
}

const dayText = (p: Parts, language: Language) => (language === 'en' ? `${p.month} ${p.day}, ${p.year}` : `${p.day} ${p.month} ${p.year}`)

/** « 16 h 28 » / "4:28 PM" for a wall-clock time (hours 0–23). */
export function formatClock(hours: number, minutes: number, language: string | undefined): string {
  const mm = String(minutes).padStart(2, '0')
  if (languageOf(language) === 'fr') return `${hours} h ${mm}`
  return `${hours % 12 === 0 ? 12 : hours % 12}:${mm} ${hours < 12 ? 'AM' : 'PM'}`
}

/** « 1 déc. 2026, 16 h 28 » / "Dec 1, 2026, 4:28 PM", in the zone (the runtime's when none is given). */
export function formatMoment(iso: string | Date | null | undefined, language: string | undefined, timeZone?: string): string {
  const date = instantOf(iso)
  if (!date) return ''
  const lang = languageOf(language)
  const p = partsOf('moment', date, lang, timeZone)
  const hours = (Number(p.hour) % (lang === 'en' ? 12 : 24)) + (lang === 'en' && p.dayPeriod.toUpperCase().startsWith('P') ? 12 : 0)
  return `${dayText(p, lang)}, ${formatClock(hours, Number(p.minute), lang)}`
}

/** « 1 déc. 2026 » / "Dec 1, 2026": the day of the instant in the zone (the runtime's when none is given). */
export function formatDay(iso: string | Date | null | undefined, language: string | undefined, timeZone?: string): string {
  const date = instantOf(iso)
  if (!date) return ''
  const lang = languageOf(language)
  return dayText(partsOf('day', date, lang, timeZone), lang)
}

/**
 * A day-only value (birth date, validity, closing date: stored as the day at noon UTC) as that day,
 * the same in every zone: « 12 mai 2017 » / "May 12, 2017".
 */
export function formatStoredDay(iso: string | Date | null | undefined, language: string | undefined): string {
  return formatDay(iso, language, 'UTC')
}
