/** The admin opens in this language unless the person chose another one (Payload's language cookie). */
export const DEFAULT_ADMIN_LANGUAGE = 'fr'
export const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Payload picks the language from its cookie, then from the browser's Accept-Language header.
 * Balises is French first: without the cookie, the request is treated as French, whatever the
 * browser says. Returns the cookie header to use, or null when the person already chose.
 */
export function withDefaultLanguage(cookieHeader: string | null): string | null {
  const hasChoice = (cookieHeader ?? '').split(';').some((part) => part.trim().startsWith(`${LANGUAGE_COOKIE}=`))
  if (hasChoice) return null
  const languageCookie = `${LANGUAGE_COOKIE}=${DEFAULT_ADMIN_LANGUAGE}`
  return cookieHeader ? `${cookieHeader}; ${languageCookie}` : languageCookie
}
