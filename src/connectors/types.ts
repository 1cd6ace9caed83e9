/**
 * What every network connector does, and what it answers. A connector is plain HTTP: it knows nothing
 * of Payload, the database or the jobs queue (src/deliveries does), so each one is tested against its
 * network's server (a real Bluesky PDS, fakes of Mastodon and the Graph API written from their docs).
 */

export type ConnectedNetwork = 'bluesky' | 'mastodon' | 'facebook'

export type BlueskyCredentials = {
  /** The PDS, e.g. https://bsky.social. */
  service: string
  /** Handle (or DID) of the organisation's account. */
  identifier: string
  appPassword: string
}

export type MastodonCredentials = {
  /** e.g. https://mastodon.social (no trailing slash needed). */
  instanceUrl: string
  accessToken: string
}

export type FacebookCredentials = {
  /** Graph API root with its version, e.g. https://graph.facebook.com/v21.0. */
  graphUrl: string
  pageId: string
  pageToken: string
}

export type CredentialsOf = {
  bluesky: BlueskyCredentials
  mastodon: MastodonCredentials
  facebook: FacebookCredentials
}

export type OutgoingImage = {
  filename: string
  mimeType: string
  data: Uint8Array
  /** Required (issue 15): sent as the image's description where the network has one. */
  alt: string
  width?: number
  height?: number
}

export type OutgoingPost = {
  /** The text for this network (the post's per-network text, CHAN-1 counted). */
  text: string
  /** BCP 47 language of the text ('fr' or 'en'). */
  language: string
  images: OutgoingImage[]
}

/**
 * Why a call did not succeed. Only a definite 401/403 (or the network's own "token expired" code)
 * is `reconnect`; timeouts, 5xx and 429 are temporary: a channel is never lost on one 502.
 */
export type FailureReason =
  | 'reconnect'
  | 'rateLimited'
  | 'temporary'
  /** The network refused the content (too long, missing alt text, bad media): retrying won't help. */
  | 'rejected'

export type Failure = {
  reason: FailureReason
  retryable: boolean
  /** When the network says it will accept again (rate-limit reset, Retry-After). */
  retryAt?: Date
  /** HTTP status, when there was an answer. */
  status?: number
  /** The network's own words (error code and message), for the delivery's record; never a credential. */
  detail: string
}

export type Posted = { kind: 'posted'; remoteId: string; url: string }

export type PublishOutcome =
  | Posted
  | { kind: 'failed'; failure: Failure }
  /** Sent, but no answer came back (timeout, connection reset after the request left): maybe posted. */
  | { kind: 'unknown'; detail: string }

/** For a delivery whose outcome is unknown: the network is read before anything is sent again. */
export type ReconcileOutcome = Posted | { kind: 'absent' } | { kind: 'failed'; failure: Failure }

export type RemoveOutcome =
  | { kind: 'removed' }
  /** Already gone from the network (404): as good as removed. */
  | { kind: 'gone' }
  | { kind: 'failed'; failure: Failure }

export type HealthOutcome =
  | { state: 'ok'; accountName: string }
  | { state: 'reconnect'; detail: string }
  | { state: 'rateLimited'; retryAt?: Date; detail: string }
  /** No answer, or a 5xx: says nothing about the credentials. */
  | { state: 'unreachable'; detail: string }

export type CallOptions = {
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch
  /** Per request; defaults to 20 s. */
  timeoutMs?: number
}

export type PublishRequest<C> = CallOptions & {
  credentials: C
  post: OutgoingPost
  /**
   * Stable across every retry of one delivery (the delivery's own key): Mastodon's Idempotency-Key,
   * Bluesky's record key. Sending twice with it never makes two posts where the network allows it.
   */
  idempotencyKey: string
  /** When the delivery was first attempted: bounds what reconcile reads. */
  firstAttemptAt: Date
}

export type ReconcileRequest<C> = CallOptions & {
  credentials: C
  post: OutgoingPost
  idempotencyKey: string
  firstAttemptAt: Date
}

export type RemoveRequest<C> = CallOptions & {
  credentials: C
  remoteId: string
}

export type ContentLimits = {
  /** Bluesky counts graphemes, Mastodon characters (code points), Facebook UTF-16 units. */
  maxText: number
  maxImages: number
  maxImageBytes: number
  altRequired: boolean
  maxAlt: number
}

export interface Connector<N extends ConnectedNetwork = ConnectedNetwork> {
  network: N
  limits: ContentLimits
  /** Checked before any network call: a post the network would refuse never leaves. */
  checkContent(post: OutgoingPost): Failure | null
  testConnection(credentials: CredentialsOf[N], options?: CallOptions): Promise<HealthOutcome>
  publish(request: PublishRequest<CredentialsOf[N]>): Promise<PublishOutcome>
  reconcile(request: ReconcileRequest<CredentialsOf[N]>): Promise<ReconcileOutcome>
  remove(request: RemoveRequest<CredentialsOf[N]>): Promise<RemoveOutcome>
}
