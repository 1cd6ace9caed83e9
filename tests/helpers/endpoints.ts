import { createLocalReq, type Endpoint, type Payload, type PayloadRequest } from 'payload'

/**
 * Calls a custom endpoint's handler with a real Payload request for `user` (or nobody): the
 * endpoint's own checks, queries and rules all run. The HTTP layer is tested in tests/e2e.
 */
export async function callEndpoint(
  payload: Payload,
  endpoint: Endpoint,
  options: { user?: PayloadRequest['user']; url: string; body?: unknown; routeParams?: Record<string, string> },
): Promise<{ status: number; json: any; text: string; headers: Headers }> {
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
  const response = await endpoint.handler(req)
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = null
  }
  return { status: response.status, json, text, headers: response.headers }
}
