export type FeedOriginInput = {
  /** `serverURL` of the Payload config: when set, it is the only answer. */
  serverURL?: string | null
  /** The request's URL as Payload received it. */
  url?: string | null
  headers: Headers
  /** `TRUST_PROXY` of the environment: only then are `X-Forwarded-*` headers believed. */
  trustProxy?: boolean | string | null
}

/**
 * The public origin written into feed addresses. `X-Forwarded-Host`/`-Proto` are set by whoever
 * sends the request unless a reverse proxy overwrites them, so without `TRUST_PROXY` a client could
 * make the app hand out a feed address on a host of its choosing.
 */
export function feedOrigin({ serverURL, url, headers, trustProxy }: FeedOriginInput): string {
  if (serverURL) return serverURL.replace(/\/+$/, '')
  const parsed = new URL(url ?? '', 'http://localhost')
  const forwarded = (name: string) => (trustProxy ? firstValue(headers.get(name)) : null)
  const host = forwarded('x-forwarded-host') ?? headers.get('host') ?? parsed.host
  const protocol = forwarded('x-forwarded-proto') ?? parsed.protocol.replace(':', '')
  return `${protocol}://${host}`
}

/** A proxy chain sends `a, b`: the first value is the client-facing one. */
function firstValue(value: string | null): string | null {
  const first = value?.split(',')[0]?.trim()
  return first ? first : null
}
