import { createLocalReq, type Endpoint, type Payload, type PayloadRequest } from 'payload'

import { readAnswer, type RestAnswer } from './rest'

/**
 * Calls a custom endpoint's handler with a real Payload request for `user` (or nobody): the
 * endpoint's own checks, queries and rules all run. The HTTP layer is tested in tests/e2e.
 */
export async function callEndpoint(
  payload: Payload,
  endpoint: Endpoint,
  options: { user?: PayloadRequest['user']; url: string; body?: unknown; routeParams?: Record<string, string> },
): Promise<RestAnswer> {
  const req = await createLocalReq({ user: options.user ?? undefined }, payload)
  ;(req as { url: string }).url = `http://localhost${options.url}`
  if (options.routeParams) req.routeParams = options.routeParams
  if (options.body !== undefined) {
    const raw = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
    req.json = async () => JSON.parse(raw)
  } else {
    req.json = async () => {
      throw new SyntaxError('no body')
    }
  }
  return readAnswer(await endpoint.handler(req))
}
