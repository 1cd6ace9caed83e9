import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

export type RateLimitSettings = { windowMs: number; limit: number }

/** Payload 3 has no rate limiting: these routes are where password guessing and mail abuse happen. */
export function authRoutes(usersSlug: string): string[] {
  return ['login', 'forgot-password', 'reset-password', 'first-register', 'unlock'].map((operation) => `/api/${usersSlug}/${operation}`)
}

export function authRateLimit({ windowMs, limit }: RateLimitSettings): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => req.method !== 'POST',
    handler: (req, res, _next, options) => {
      const retryAfter = res.getHeader('Retry-After') ?? Math.ceil(windowMs / 1000)
      res.setHeader('Retry-After', String(retryAfter))
      res.status(options.statusCode).json({
        errors: [
          {
            message:
              'Trop de tentatives depuis cette adresse : réessayez dans une minute. / Too many attempts from this address: try again in a minute.',
          },
        ],
      })
    },
  })
}

/** Reads the limits from the environment (defaults: 10 requests a minute per IP address). */
export function rateLimitFromEnv(env: Record<string, string | undefined> = process.env): RateLimitSettings {
  const windowMs = Number(env.AUTH_RATE_LIMIT_WINDOW_MS) || 60_000
  const limit = Number(env.AUTH_RATE_LIMIT_MAX) || 10
  return { windowMs, limit }
}
