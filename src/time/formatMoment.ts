/** « 2 décembre 2026 à 16 h 28 » / "December 2, 2026 at 16:28": years always shown, 24 h clock. */
export function formatMoment(iso: string | null | undefined, language: string | undefined, timeZone?: string): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : 'fr-CA', {
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(date)
}

/** « 2 décembre 2026 » / "December 2, 2026". */
export function formatDay(iso: string | null | undefined, language: string | undefined, timeZone?: string): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : 'fr-CA', { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(
    date,
  )
}
