/** The messages of a Payload error answer (`{ errors: [{ message, data: { errors: [{ path, message }] } }] }`). */
export function errorMessages(json: unknown): string[] {
  const errors = (json as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | null)?.errors ?? []
  return errors.flatMap((error) => {
    const details = (error.data?.errors ?? []).map((item) => item.message).filter((message): message is string => Boolean(message))
    return details.length > 0 ? details : error.message ? [error.message] : []
  })
}

/** « 2 décembre 2026 à 16 h 28 » / « December 2, 2026 at 16:28 », in the reader's time zone. */
export function formatStamp(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : 'fr-CA', { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(
    new Date(iso),
  )
}
