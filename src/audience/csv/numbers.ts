/** The collection's own ceiling for a count. */
export const MAX_COUNT = 1_000_000_000

export type CountResult =
  { ok: true; value: number } | { ok: false; reason: 'empty' | 'negative' | 'decimal' | 'abbreviated' | 'notANumber' | 'tooLarge' }

/** Spaces of every kind people and spreadsheets put between thousands: ' ', no-break, narrow no-break, thin, figure. */
const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g

/**
 * An exact, whole, non-negative count: `1234`, `1 234` (any space as thousands separator), and
 * `1 234,00` / `1234.0` (a spreadsheet's one or two zero decimals). Refused, with the reason:
 * - a decimal (`1,5`), and `1,234` / `1.234` / `1,000`, which mean one thing in French and another
 *   in English;
 * - an abbreviation (`1,5 k`, `2K`, `1.2 M`): a rounded display figure, not a count — importing
 *   it as 1 500 would invent a precision nobody measured, so the person writes the exact number;
 * - a negative number.
 */
export function parseCount(text: string): CountResult {
  const value = text.trim().replace(SPACES, '')
  if (value === '') return { ok: false, reason: 'empty' }
  if (/^[-−–]\d/.test(value)) return { ok: false, reason: 'negative' }
  if (/^\d+(?:[.,]\d+)?[kKmM]$/.test(value)) return { ok: false, reason: 'abbreviated' }
  const whole = /^(\d+)(?:[.,]0{1,2})?$/.exec(value)
  if (!whole) return { ok: false, reason: /^\d+[.,]\d+$/.test(value) ? 'decimal' : 'notANumber' }
  const count = Number(whole[1])
  return count > MAX_COUNT ? { ok: false, reason: 'tooLarge' } : { ok: true, value: count }
}
