import type { RequestHandler } from 'express'
import { Kind, parse, visit } from 'graphql'

import { bufferedBody } from './requestBody'

/** One authentication operation per GraphQL request: aliases must not multiply password checks. */
export const MAX_AUTH_OPERATIONS_PER_REQUEST = 1

/** Payload's GraphQL type name of a collection slug without a `graphQL.singularName` (`users` → `User`). */
export function graphqlSingularName(slug: string): string {
  const singular = slug.endsWith('s') ? slug.slice(0, -1) : slug
  return singular
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')
}

/** Payload's GraphQL names for the routes `authRoutes` limits over REST (login, forgot-password…). */
export function authMutationNames(singularName: string): string[] {
  return ['login', 'forgotPassword', 'resetPassword', 'unlock'].map((operation) => `${operation}${singularName}`)
}

/**
 * How many authentication fields the request's documents name, counting every alias and every
 * fragment (an upper bound of what GraphQL would execute). A body that is not a GraphQL request
 * counts 0: Payload refuses it without checking any password.
 */
export function countAuthOperations(body: unknown, names: readonly string[]): number {
  const requests = Array.isArray(body) ? body : [body]
  let count = 0
  for (const request of requests) {
    const query = typeof request === 'string' ? request : (request as { query?: unknown } | null)?.query
    if (typeof query !== 'string') continue
    let document
    try {
      // maxTokens bounds the parse of a huge query (the body size is bounded before this).
      document = parse(query, { maxTokens: 20_000, noLocation: true })
    } catch {
      continue
    }
    visit(document, {
      [Kind.FIELD](node) {
        if (names.includes(node.name.value)) count += 1
      },
    })
  }
  return count
}

function parseBody(raw: Buffer | undefined, contentType: string): unknown {
  if (!raw || raw.length === 0) return null
  const text = raw.toString('utf8')
  if (contentType.toLowerCase().startsWith('application/graphql')) return text
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/**
 * `POST /api/graphql`: an authentication mutation is charged to the same per-IP limiter as the
 * REST routes (one attempt per request), and a request naming more than one is refused.
 */
export function limitGraphqlAuth(limiter: RequestHandler, names: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const count = countAuthOperations(parseBody(bufferedBody(res), req.get('content-type') ?? ''), names)
    if (count === 0) return next()
    if (count > MAX_AUTH_OPERATIONS_PER_REQUEST) {
      res.status(400).json({
        errors: [
          {
            message: `Au plus ${MAX_AUTH_OPERATIONS_PER_REQUEST} opération d'authentification (${names.join(', ')}) par requête GraphQL ; celle-ci en compte ${count}. / At most ${MAX_AUTH_OPERATIONS_PER_REQUEST} authentication operation (${names.join(', ')}) per GraphQL request; this one has ${count}.`,
          },
        ],
      })
      return
    }
    return limiter(req, res, next)
  }
}
