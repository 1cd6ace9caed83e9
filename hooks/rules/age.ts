import type { PersonFacts } from './types'

/** Québec law: below this age, the holder of parental authority consents (PRIV-2). */
export const PARENTAL_CONSENT_AGE = 14

type CalendarDate = { year: number; month: number; day: number }

/**
 * The birth date as a calendar date. A birth date is a day, not an instant: a plain `YYYY-MM-DD`
 * or an instant at exactly UTC midnight (what `new Date('YYYY-MM-DD')` stores) is read as that
 * day; any other instant (a date picker's local midnight or noon) is read in the policy's time zone.
 */
export function birthDay(birthDate: string, timeZone: string): CalendarDate | null {
  const plain = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00))?$/.exec(birthDate.trim())
  if (plain) return { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]) }
  const instant = Date.parse(birthDate)
  if (Number.isNaN(instant)) return null
  return dayIn(new Date(instant), timeZone)
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>()

/** The calendar day of an instant in a zone (one formatter per zone: this runs for every person shown). */
function dayIn(instant: Date, timeZone: string): CalendarDate {
  let formatter = dayFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
    dayFormatters.set(timeZone, formatter)
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]))
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) }
}

/** Full years at `instant`, calendar days taken in `timeZone` (one turns 14 on the birthday itself). */
export function ageAt(birth: CalendarDate, instant: Date, timeZone: string): number {
  const today = dayIn(instant, timeZone)
  const beforeBirthday = today.month < birth.month || (today.month === birth.month && today.day < birth.day)
  return today.year - birth.year - (beforeBirthday ? 1 : 0)
}

/** True or false when known; null when the person has neither a readable birth date nor an age band. */
export function isUnderParentalConsentAge(person: PersonFacts, instant: Date, timeZone: string): boolean | null {
  if (person.birthDate) {
    const birth = birthDay(person.birthDate, timeZone)
    if (birth) return ageAt(birth, instant, timeZone) < PARENTAL_CONSENT_AGE
  }
  if (person.ageBand) return person.ageBand === 'under14'
  return null
}
