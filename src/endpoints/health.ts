import type { Endpoint } from 'payload'

import type { BalisesSlugs } from '../slugs'

const TIMEOUT_MS = 3000

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

/**
 * Database reachability for load balancers and the Express `/healthz` route. It answers for the
 * system, not for a person, and returns no data: a single count of migrations-free rows.
 */
export const healthEndpoint = (probeCollection: BalisesSlugs['categories']): Endpoint => ({
  path: '/balises/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    try {
      await withTimeout(req.payload.count({ collection: probeCollection, overrideAccess: true }), TIMEOUT_MS)
      return Response.json({ status: 'ok', database: 'reachable', ms: Date.now() - started })
    } catch {
      return Response.json({ status: 'error', database: 'unreachable', ms: Date.now() - started }, { status: 503 })
    }
  },
})
