/**
 * The HTTP edge: Express 5 in front of Next (which hosts Payload's admin, REST and GraphQL).
 * It adds security headers, rate limits on authentication routes, /healthz and a graceful
 * shutdown. It never calls Payload itself: one Payload instance per process, Next's.
 */
import type { Server } from 'node:http'

import express from 'express'
import next from 'next'

import { DEFAULT_SLUGS } from '../src/slugs'
import { csrfSettingsFromEnv, refuseForeignCookieWrites } from './server/csrf'
import { authMutationNames, graphqlSingularName, limitGraphqlAuth } from './server/graphqlAuth'
import { authRateLimit, authRoutes, rateLimitFromEnv } from './server/rateLimits'
import { apiBodyMaxBytesFromEnv, limitApiBodies } from './server/requestBody'
import { scriptNonce, securityHeaders } from './server/securityHeaders'

/** `dir`: the Next project folder (dev/ of the repository). */
export type ServerOptions = { dev: boolean; dir: string; port: number; hostname?: string }
export type RunningServer = { url: string; close: () => Promise<void> }

export async function startServer({ dev, dir, port, hostname = '0.0.0.0' }: ServerOptions): Promise<RunningServer> {
  const nextApp = next({ dev, dir, hostname: 'localhost', port })
  const handle = nextApp.getRequestHandler()
  await nextApp.prepare()

  const app = express()
  app.disable('x-powered-by')
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY)
  if (!dev) app.use(scriptNonce())
  app.use(securityHeaders(dev))
  app.use(refuseForeignCookieWrites(csrfSettingsFromEnv()))
  app.use(limitApiBodies(apiBodyMaxBytesFromEnv()))
  // One limiter (one counter per IP) for the REST routes and their GraphQL mutations.
  const authLimiter = authRateLimit(rateLimitFromEnv())
  app.use(authRoutes(DEFAULT_SLUGS.users), authLimiter)
  app.post('/api/graphql', limitGraphqlAuth(authLimiter, authMutationNames(graphqlSingularName(DEFAULT_SLUGS.users))))

  // Database reachability, answered by Payload inside Next (no second Payload instance here).
  app.get('/healthz', (req, res) => {
    req.url = '/api/balises/health'
    return handle(req, res)
  })
  app.all('/{*splat}', (req, res) => handle(req, res))

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, hostname, (error?: Error) => (error ? reject(error) : resolve(listening)))
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const url = `http://localhost:${actualPort}`
  // Next starts Payload (and its publication queue) on its first request: make that request now,
  // so scheduled posts go out even if nobody opens the admin after a restart.
  // Through a REST route, so that the route handlers' copy of Payload starts it (keepValidationErrorData.ts).
  await fetch(`http://${loopbackFor(hostname)}:${actualPort}/healthz`).catch(() => undefined)

  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await nextApp.close()
  }
  return { url, close }
}

/** An address of this machine on which a server listening on `hostname` answers. */
export function loopbackFor(hostname: string): string {
  if (hostname === '0.0.0.0' || hostname === '') return '127.0.0.1'
  if (hostname === '::') return '[::1]'
  return hostname.includes(':') ? `[${hostname}]` : hostname
}

/** Stops accepting connections on SIGTERM/SIGINT, lets requests finish, then exits. */
export function closeOnSignals(server: RunningServer, graceMs = 10_000): void {
  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    console.log(`[balises] ${signal} received: closing connections…`)
    const force = setTimeout(() => {
      console.error('[balises] shutdown took too long: exiting now')
      process.exit(1)
    }, graceMs)
    force.unref()
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}
