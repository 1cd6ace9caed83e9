import { handleEndpoints, type Payload } from 'payload'

export type RestAnswer = { status: number; json: any; text: string; headers: Headers }

export type RestOptions = {
  /** A token from `restLogin`, sent as `Authorization: JWT …`. */
  token?: string
  /** Sent as-is (already a string) or JSON-encoded. */
  body?: unknown
  headers?: Record<string, string>
  /** multipart uploads */
  form?: FormData
}

/**
 * Payload's own REST layer (the same `handleEndpoints` the Next route handlers call), in-process:
 * access control, validation, hooks and error formatting all run as for an HTTP request, without
 * needing a built Next app. The Express edge and cookies over real HTTP are covered in tests/e2e.
 */
export async function rest(payload: Payload, method: string, path: string, options: RestOptions = {}): Promise<RestAnswer> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.authorization = `JWT ${options.token}`
  let body: BodyInit | undefined
  if (options.form) body = options.form
  else if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
    headers['content-type'] ??= 'application/json'
  }
  const request = new Request(`http://localhost${path.startsWith('/api') ? path : `/api${path}`}`, { method, headers, body })
  return readAnswer(await handleEndpoints({ config: payload.config, request }))
}

/** A response as tests read it: status, body as text and as JSON (null when it is not JSON), headers. */
export async function readAnswer(response: Response): Promise<RestAnswer> {
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = null
  }
  return { status: response.status, json, text, headers: response.headers }
}

/** Logs in through REST and returns the JWT (fails the test if the login is refused). */
export async function restLogin(payload: Payload, email: string, password: string): Promise<string> {
  const answer = await rest(payload, 'POST', '/api/users/login', { body: { email, password } })
  if (answer.status !== 200 || !answer.json?.token) {
    throw new Error(`login of ${email} refused: ${answer.status} ${answer.text.slice(0, 200)}`)
  }
  return answer.json.token as string
}
