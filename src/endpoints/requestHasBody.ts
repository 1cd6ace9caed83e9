import type { PayloadRequest } from 'payload'

/** For endpoints that take no input: a request carrying a body is refused rather than half-understood. */
export async function requestHasBody(req: PayloadRequest): Promise<boolean> {
  if (typeof req.text !== 'function') return false
  try {
    return (await req.text()).length > 0
  } catch {
    return true
  }
}
