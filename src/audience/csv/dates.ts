import { fold } from './messages'

export type DayResult = { ok: true; day: string } | { ok: false; reason: 'format' | 'impossible' }

/** French month names and their usual abbreviations (accents folded), and the English names. */
const MONTHS: Record<string, number> = {}
const names: string[][] = [
  ['janvier', 'janv', 'jan', 'january'],
  ['fevrier', 'fevr', 'fev', 'feb', 'february'],
  ['mars', 'mar', 'march'],
  ['avril', 'avr', 'apr', 'april'],
  ['mai', 'may'],
  ['juin', 'jun', 'june'],
  ['juillet', 'juil', 'jul', 'july'],
  ['aout', 'aug', 'august'],
  ['septembre', 'sept', 'sep', 'september'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['decembre', 'dec', 'december'],
]
names.forEach((list, index) => list.forEach((name) => (MONTHS[name] = index + 1)))

/** Year first: 2026-04-01, 2026/04/01, 2026.04.01, with an optional time that is ignored (the day as written). */
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2})?)?$/
/** Day first, as in Québec and France: 01/04/2026 is 1 April. Two-digit years are refused (ambiguous). */
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
/** 1 avril 2026, 1er avril 2026, 1er avr. 2026, le 1er avril 2026. */
const WRITTEN = /^(?:le )?(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})$/

function dayKey(year: number, month: number, day: number): DayResult {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return { ok: false, reason: 'impossible' }
  const date = new Date(Date.UTC(year, month - 1, day))
  // 31/02 rolls over to March in Date.UTC: that is how an impossible day shows.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false, reason: 'impossible' }
  return { ok: true, day: date.toISOString().slice(0, 10) }
}

/** A snapshot's day as `YYYY-MM-DD`, from the forms spreadsheets and people write. */
export function parseDay(text: string): DayResult {
  const value = fold(text)
  let match = YEAR_FIRST.exec(value)
  if (match) return dayKey(Number(match[1]), Number(match[2]), Number(match[3]))
  match = DAY_FIRST.exec(value)
  if (match) return dayKey(Number(match[3]), Number(match[2]), Number(match[1]))
  match = WRITTEN.exec(value)
  if (match) {
    const month = MONTHS[match[2]]
    return month ? dayKey(Number(match[3]), month, Number(match[1])) : { ok: false, reason: 'format' }
  }
  return { ok: false, reason: 'format' }
}
