/** `2026-04-01T12:00:00.000Z` for any instant or `YYYY-MM-DD` on 2026-04-01 (the day as written, in UTC). */
export function toDayInstant(value: string): string | null {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1]
  if (!day) return null
  const instant = new Date(`${day}T12:00:00.000Z`)
  return Number.isNaN(instant.getTime()) || instant.toISOString().slice(0, 10) !== day ? null : instant.toISOString()
}
