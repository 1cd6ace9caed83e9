import { randomBytes } from 'node:crypto'

import type { RequestHandler } from 'express'
import helmet from 'helmet'

/**
 * A fresh nonce for each request, put on the request as a content policy too: Next reads the
 * nonce from the request's `Content-Security-Policy` header and puts it on its inline scripts (the
 * RSC payload and bootstrap, different on every page, so hashes cannot list them). Any header of
 * that name sent by the client is replaced.
 */
export function scriptNonce(): RequestHandler {
  return (req, res, next) => {
    const nonce = randomBytes(16).toString('base64')
    res.locals.cspNonce = nonce
    req.headers['content-security-policy'] = `script-src 'self' 'nonce-${nonce}'`
    delete req.headers['content-security-policy-report-only']
    next()
  }
}

/**
 * Security headers for the admin and the API. In production, inline scripts run only with the
 * request's nonce (`scriptNonce`, which must run first); Next's development server keeps
 * 'unsafe-inline' and 'unsafe-eval'. Styles keep 'unsafe-inline': React and Payload's admin set
 * style attributes. Every other source stays on this origin.
 */
export function securityHeaders(dev: boolean) {
  const scripts = dev
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : ["'self'", (_req: unknown, res: unknown) => `'nonce-${(res as { locals: { cspNonce: string } }).locals.cspNonce}'`]
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: scripts,
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
        mediaSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    // Browsers honour HSTS only on HTTPS answers, so sending it on plain HTTP (a private network
    // with COOKIE_SECURE=false) changes nothing; in development it would pin localhost to HTTPS.
    strictTransportSecurity: dev ? false : { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  })
}
