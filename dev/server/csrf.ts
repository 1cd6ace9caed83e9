import type { RequestHandler } from 'express'

export type CsrfSettings = {
  /** `CSRF_ORIGINS`: when empty, the only allowed origin is `serverURL`, or else the request's own. */
  origins: string[]
  serverURL?: string
  /** Payload's session cookie (`<cookiePrefix>-token`). */
  cookieName: string
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Payload checks the Origin of a cookie-authenticated request only when its `csrf` list is
 * non-empty, and the default installation has none: a page on another site, or on another port of
 * this host (same-site, so the cookie is sent), could write as the signed-in person.
 */
export function allowedOrigins({ origins, serverURL }: CsrfSettings, requestOrigin: string): string[] {
  const configured = [...origins, ...(serverURL ? [new URL(serverURL).origin] : [])]
  return configured.length > 0 ? configured : [requestOrigin]
}

export type WriteRequest = {
  method: string
  origin?: string
  secFetchSite?: string
  cookie?: string
  requestOrigin: string
}

/** Whether a write carrying the session cookie comes from a page this app does not serve. */
export function isForeignCookieWrite(settings: CsrfSettings, request: WriteRequest): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false
  if (!hasCookie(request.cookie, settings.cookieName)) return false
  if (request.origin !== undefined) return !allowedOrigins(settings, request.requestOrigin).includes(request.origin)
  // Browsers send Origin on every cross-origin write; without it, trust only a same-site fetch.
  return request.secFetchSite === 'cross-site'
}

function hasCookie(header: string | undefined, name: string): boolean {
  return (header ?? '').split(';').some((part) => part.trim().startsWith(`${name}=`))
}

export function refuseForeignCookieWrites(settings: CsrfSettings): RequestHandler {
  return (req, res, next) => {
    const foreign = isForeignCookieWrite(settings, {
      method: req.method,
      origin: req.get('origin'),
      secFetchSite: req.get('sec-fetch-site'),
      cookie: req.get('cookie'),
      // Express reads X-Forwarded-Proto/-Host here only when `trust proxy` is set.
      requestOrigin: `${req.protocol}://${req.host}`,
    })
    if (!foreign) return next()
    res.status(403).json({
      errors: [
        {
          message:
            "Requête refusée : elle vient d'une autre origine que cette application (CSRF). / Request refused: it comes from another origin than this application (CSRF).",
        },
      ],
    })
  }
}

export function csrfSettingsFromEnv(env: Record<string, string | undefined> = process.env): CsrfSettings {
  return {
    origins: (env.CSRF_ORIGINS ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
    serverURL: env.SERVER_URL || undefined,
    cookieName: 'payload-token',
  }
}
