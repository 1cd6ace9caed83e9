/** `2017-05-12T12:00:00.000Z` → 12 May 2017 at noon in the browser's zone: the same day whatever the zone. */
export function pickerDayOf(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !value) return undefined
  const instant = new Date(value)
  if (Number.isNaN(instant.getTime())) return undefined
  return new Date(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate(), 12)
}
