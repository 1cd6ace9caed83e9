import type { CallOptions, Failure } from './types'

export const DEFAULT_TIMEOUT_MS = 20_000

export type Answer = { kind: 'answer'; response: Response } | { kind: 'noAnswer'; detail: string }

/**
 * One HTTP call that never throws: a timeout or a broken connection comes back as `noAnswer`, so a
 * caller that sent a post can tell "refused" from "maybe posted".
 */
export async function call(url: string, init: RequestInit, options: CallOptions = {}): Promise<Answer> {
  const doFetch = options.fetch ?? fetch
  try {
    const response = await doFetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) })
    return { kind: 'answer', response }
  } catch (error) {
    const name = (error as { name?: string }).name
    const detail = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : (error as Error).message || String(error)
    return { kind: 'noAnswer', detail }
  }
}

/**
 * When the network says it will accept again: `Retry-After` (seconds or an HTTP date), or a
 * rate-limit reset header (epoch seconds, as Bluesky's `ratelimit-reset`, or an ISO date, as
 * Mastodon's `X-RateLimit-Reset`).
 */
export function retryAtFrom(headers: Headers, now: Date = new Date()): Date | undefined {
  const retryAfter = headers.get('retry-after')
  if (retryAfter) {
    const seconds = Number(retryAfter)
    if (Number.isFinite(seconds)) return new Date(now.getTime() + seconds * 1000)
    const date = new Date(retryAfter)
    if (!Number.isNaN(date.getTime())) return date
  }
  const reset = headers.get('ratelimit-reset') ?? headers.get('x-ratelimit-reset')
  if (reset) {
    const asNumber = Number(reset)
    if (Number.isFinite(asNumber)) return new Date(asNumber * 1000)
    const date = new Date(reset)
    if (!Number.isNaN(date.getTime())) return date
  }
  return undefined
}

/** The rule every connector shares: only 401/403 mean "reconnect"; 408, 429 and 5xx are temporary. */
export function failureFromStatus(status: number, headers: Headers, detail: string, now: Date = new Date()): Failure {
  if (status === 401 || status === 403) return { reason: 'reconnect', retryable: false, status, detail }
  if (status === 429) return { reason: 'rateLimited', retryable: true, status, detail, retryAt: retryAtFrom(headers, now) }
  if (status === 408 || status >= 500) return { reason: 'temporary', retryable: true, status, detail, retryAt: retryAtFrom(headers, now) }
  return { reason: 'rejected', retryable: false, status, detail }
}

export function noAnswerFailure(detail: string): Failure {
  return { reason: 'temporary', retryable: true, detail }
}

/** The body of an error answer, short, for the delivery's record. */
export async function errorDetail(response: Response): Promise<string> {
  const text = await response.text().catch(() => '')
  return `${response.status} ${text.slice(0, 300)}`.trim()
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
