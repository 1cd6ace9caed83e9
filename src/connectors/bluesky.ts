import { createHash } from 'node:crypto'

import {
  AppBskyRichtextFacet,
  AtpAgent,
  AtUri,
  RichText,
  UnicodeString,
  XRPCError,
  type $Typed,
  type AppBskyEmbedImages,
  type AppBskyFeedPost,
  type Facet,
} from '@atproto/api'

import { DEFAULT_TIMEOUT_MS, failureFromStatus, noAnswerFailure } from './http'
import type {
  BlueskyCredentials,
  CallOptions,
  Connector,
  ContentLimits,
  Failure,
  HealthOutcome,
  OutgoingImage,
  OutgoingPost,
  Posted,
  PublishOutcome,
  PublishRequest,
  ReconcileOutcome,
  ReconcileRequest,
  RemoveOutcome,
  RemoveRequest,
} from './types'

const POST_COLLECTION = 'app.bsky.feed.post'

/**
 * 300 graphemes (app.bsky.feed.post), 4 images and 1,000,000 bytes each: the maxSize the PDS's own
 * lexicon enforces on app.bsky.embed.images (newer client lexicons say 2 MB; older PDSes refuse it).
 * The lexicon sets no limit on alt text; 2,000 graphemes is the Bluesky app's.
 */
export const BLUESKY_LIMITS: ContentLimits = { maxText: 300, maxImages: 4, maxImageBytes: 1_000_000, altRequired: true, maxAlt: 2000 }

/** app.bsky.feed.post's `text` maxLength, in UTF-8 bytes (reached before 300 graphemes only by long emoji). */
const MAX_TEXT_BYTES = 3000

// XRPC's own codes for "no HTTP answer" and "an answer that is not what the lexicon says".
const NO_ANSWER = 1
const INVALID_ANSWER = 2
const SESSION_ERRORS = ['ExpiredToken', 'InvalidToken']

// ---------------------------------------------------------------------------------------------------
// Text: facets and shortened links, as the Bluesky app composes a post.

const utf8Length = (text: string): number => new UnicodeString(text).length

/**
 * How the Bluesky app shows a link it shortens: the host, then at most 13 characters of the path,
 * query and fragment followed by "..." when they are longer than 15. Not an http(s) URL: unchanged.
 */
export function shortLinkText(link: string): string {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return link
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return link
  const rest = (url.pathname === '/' ? '' : url.pathname) + url.search + url.hash
  return rest.length > 15 ? `${url.host}${rest.slice(0, 13)}...` : `${url.host}${rest}`
}

/**
 * The post's text with its links shortened and the facets of its links, mentions and hashtags at
 * their UTF-8 byte offsets in that text. A link's facet keeps the full URL. Mentions still carry the
 * handle where the DID goes: `resolveMentions` fills them in (or drops them).
 */
export function composeText(text: string): RichText {
  const detected = new RichText({ text })
  detected.detectFacetsWithoutResolution()
  let composed = ''
  const facets: Facet[] = []
  for (const segment of detected.segments()) {
    const shown = segment.isLink() ? shortLinkText(segment.text) : segment.text
    const byteStart = utf8Length(composed)
    composed += shown
    if (segment.facet) facets.push({ ...segment.facet, index: { byteStart, byteEnd: byteStart + utf8Length(shown) } })
  }
  return new RichText({ text: composed, facets: facets.length > 0 ? facets : undefined })
}

const mentionOf = (facet: Facet) => facet.features.find((feature) => AppBskyRichtextFacet.isMention(feature))

/** Mentions get their account's DID; a handle that resolves to none is left as plain text (no facet). */
export async function resolveMentions(text: RichText, resolve: (handle: string) => Promise<string | undefined>): Promise<Facet[]> {
  const facets: Facet[] = []
  for (const facet of text.facets ?? []) {
    const mention = mentionOf(facet)
    if (!mention) {
      facets.push(facet)
      continue
    }
    const did = await resolve(mention.did).catch(() => undefined)
    if (did) facets.push({ ...facet, features: [{ $type: 'app.bsky.richtext.facet#mention', did }] })
  }
  return facets
}

// ---------------------------------------------------------------------------------------------------
// Record key: the same delivery always writes the same record.

const S32_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz'

function s32(value: bigint): string {
  let encoded = ''
  for (let rest = value; rest > 0n; rest >>= 5n) encoded = S32_ALPHABET[Number(rest & 31n)] + encoded
  return encoded.padStart(13, '2')
}

/**
 * A TID (the record key type of app.bsky.feed.post): 53 bits of microseconds, then a 10-bit clock
 * id. The milliseconds are the delivery's first attempt; the sub-millisecond microseconds and the
 * clock id come from a hash of its idempotency key, so two deliveries started in the same
 * millisecond still get different keys (1 chance in ~10⁶ of a clash).
 */
export function recordKeyFor(idempotencyKey: string, firstAttemptAt: Date): string {
  const digest = createHash('sha256').update(idempotencyKey).digest()
  const milliseconds = Math.max(0, Math.trunc(firstAttemptAt.getTime()) || 0)
  const microseconds = BigInt(milliseconds) * 1000n + BigInt(digest.readUInt16BE(0) % 1000)
  const clockId = BigInt(digest.readUInt16BE(2) & 0x3ff)
  return s32((microseconds << 10n) | clockId)
}

// ---------------------------------------------------------------------------------------------------
// Content check, before any network call.

const rejected = (detail: string): Failure => ({ reason: 'rejected', retryable: false, detail })

const graphemes = (text: string): number => new UnicodeString(text).graphemeLength

function imageProblem(image: OutgoingImage, position: number): string | null {
  const name = `image ${position} (${image.filename})`
  if (!image.mimeType?.startsWith('image/')) return `${name} is ${image.mimeType || 'of no type'}, not an image`
  if (image.data.byteLength === 0) return `${name} is empty`
  if (image.data.byteLength > BLUESKY_LIMITS.maxImageBytes)
    return `${name} is ${image.data.byteLength} bytes; Bluesky accepts ${BLUESKY_LIMITS.maxImageBytes}`
  if (!image.alt?.trim()) return `${name} has no alt text`
  const altLength = graphemes(image.alt)
  if (altLength > BLUESKY_LIMITS.maxAlt) return `${name}: alt text is ${altLength} graphemes; Bluesky allows ${BLUESKY_LIMITS.maxAlt}`
  return null
}

function checkContent(post: OutgoingPost): Failure | null {
  const text = composeText(post.text)
  if (text.graphemeLength > BLUESKY_LIMITS.maxText)
    return rejected(`text is ${text.graphemeLength} graphemes (links shortened); Bluesky allows ${BLUESKY_LIMITS.maxText}`)
  if (text.length > MAX_TEXT_BYTES) return rejected(`text is ${text.length} bytes in UTF-8; Bluesky allows ${MAX_TEXT_BYTES}`)
  if (!post.text.trim() && post.images.length === 0) return rejected('the post has neither text nor images')
  if (post.images.length > BLUESKY_LIMITS.maxImages)
    return rejected(`${post.images.length} images; Bluesky allows ${BLUESKY_LIMITS.maxImages}`)
  for (const [index, image] of post.images.entries()) {
    const problem = imageProblem(image, index + 1)
    if (problem) return rejected(problem)
  }
  return null
}

function checkContentSafely(post: OutgoingPost): Failure | null {
  try {
    return checkContent(post)
  } catch (error) {
    return rejected(`the post could not be read: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300))
  }
}

// ---------------------------------------------------------------------------------------------------
// Session and errors.

type Session = {
  agent: AtpAgent
  did: string
  handle: string
  /** The error of a call made with this session, as a Failure with nothing secret in it. */
  failureOf: (error: unknown) => Failure
}

type Opened = { session: Session } | { failure: Failure }

/** Per-request timeout, and the last HTTP status seen: XRPC folds some (408, 507…) into others. */
function watchedFetch(options: CallOptions, seen: { status?: number }): typeof fetch {
  const doFetch = options.fetch ?? fetch
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  return async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    seen.status = undefined
    const response = await doFetch(input, { ...init, signal })
    seen.status = response.status
    return response
  }
}

const APP_PASSWORD_SHAPE = /\b[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}\b/gi

/** An error message can echo what was sent: the app password never reaches a detail. */
function sanitise(text: string, secret: string): string {
  const withoutSecret = secret ? text.split(secret).join('[app password]') : text
  return withoutSecret.replace(APP_PASSWORD_SHAPE, '[app password]').slice(0, 300)
}

function headersOf(error: XRPCError): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(error.headers ?? {})) if (value !== undefined) headers.set(name, value)
  return headers
}

const causeCode = (error: unknown): string | undefined => {
  for (let cause = (error as { cause?: unknown })?.cause; cause; cause = (cause as { cause?: unknown }).cause) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string') return code
  }
  return undefined
}

const isNoAnswer = (error: unknown): boolean => !(error instanceof XRPCError) || error.status === NO_ANSWER

/** The connection was refused or the host unknown: the request never left, unlike a timeout. */
const neverSent = (error: unknown): boolean => ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'].includes(causeCode(error) ?? '')

function noAnswerDetail(error: unknown): string {
  const name = (error as { cause?: { name?: string } })?.cause?.name
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout'
  return causeCode(error) ?? (error instanceof Error ? error.message : String(error))
}

function failureOf(error: unknown, status: number | undefined, secret: string): Failure {
  if (isNoAnswer(error)) return noAnswerFailure(sanitise(noAnswerDetail(error), secret))
  const xrpc = error as XRPCError
  if (xrpc.status === INVALID_ANSWER) return noAnswerFailure(sanitise(`unexpected answer: ${xrpc.message}`, secret))
  const code = status ?? xrpc.status
  const detail = sanitise(`${code} ${xrpc.error}: ${xrpc.message}`, secret)
  // A session token refused (400): the app password still stands, the next attempt logs in afresh.
  if (SESSION_ERRORS.includes(xrpc.error)) return { reason: 'temporary', retryable: true, status: code, detail }
  return failureFromStatus(code, headersOf(xrpc), detail)
}

const errorName = (error: unknown): string | undefined => (error instanceof XRPCError ? error.error : undefined)

function serviceUrl(service: string): URL | null {
  try {
    const url = new URL(service)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null
  } catch {
    return null
  }
}

/** Logs in with the app password (com.atproto.server.createSession). */
async function openSession(credentials: BlueskyCredentials, options: CallOptions): Promise<Opened> {
  const service = serviceUrl(credentials.service)
  if (!service) return { failure: { reason: 'reconnect', retryable: false, detail: 'the account has no valid service URL' } }
  if (!credentials.identifier || !credentials.appPassword)
    return { failure: { reason: 'reconnect', retryable: false, detail: 'the account has no identifier or app password' } }
  const seen: { status?: number } = {}
  const agent = new AtpAgent({ service, fetch: watchedFetch(options, seen) })
  const session = (did: string, handle: string): Session => ({
    agent,
    did,
    handle,
    failureOf: (error) => failureOf(error, seen.status, credentials.appPassword),
  })
  try {
    const { data } = await agent.login({ identifier: credentials.identifier, password: credentials.appPassword })
    return { session: session(data.did, data.handle) }
  } catch (error) {
    return { failure: failureOf(error, seen.status, credentials.appPassword) }
  }
}

// ---------------------------------------------------------------------------------------------------
// Calls.

function postedAt(session: Session, uri: string): Posted {
  const { rkey } = new AtUri(uri)
  const profile = session.handle && session.handle !== 'handle.invalid' ? session.handle : session.did
  return { kind: 'posted', remoteId: uri, url: `https://bsky.app/profile/${profile}/post/${rkey}` }
}

/** The post at that record key, or null when there is none (RecordNotFound). */
async function readPost(session: Session, rkey: string): Promise<{ uri: string; cid?: string } | null> {
  try {
    const { data } = await session.agent.com.atproto.repo.getRecord({ repo: session.did, collection: POST_COLLECTION, rkey })
    return { uri: data.uri, cid: data.cid }
  } catch (error) {
    if (errorName(error) === 'RecordNotFound') return null
    throw error
  }
}

async function embedOf(session: Session, images: OutgoingImage[]): Promise<$Typed<AppBskyEmbedImages.Main> | undefined> {
  if (images.length === 0) return undefined
  const embedded: AppBskyEmbedImages.Image[] = []
  // One at a time: the session's last-status watch follows one request.
  for (const image of images) {
    const { data } = await session.agent.uploadBlob(image.data, { encoding: image.mimeType })
    const width = Math.round(image.width ?? 0)
    const height = Math.round(image.height ?? 0)
    embedded.push({ image: data.blob, alt: image.alt, ...(width > 0 && height > 0 ? { aspectRatio: { width, height } } : {}) })
  }
  return { $type: 'app.bsky.embed.images', images: embedded }
}

async function recordOf(session: Session, post: OutgoingPost): Promise<AppBskyFeedPost.Record> {
  const text = composeText(post.text)
  const facets = await resolveMentions(text, async (handle) => {
    const { data } = await session.agent.com.atproto.identity.resolveHandle({ handle })
    return data.did
  })
  const embed = await embedOf(session, post.images)
  return {
    $type: POST_COLLECTION,
    text: text.text,
    ...(facets.length > 0 ? { facets } : {}),
    ...(post.language ? { langs: [post.language] } : {}),
    ...(embed ? { embed } : {}),
    // When it was actually sent, not the first attempt: the app orders feeds by it.
    createdAt: new Date().toISOString(),
  }
}

/**
 * putRecord at the delivery's own key with `swapRecord: null` ("only if there is none"): a second
 * run never overwrites the first post; the PDS answers InvalidSwap and the post is read back.
 */
async function writePost(session: Session, rkey: string, record: AppBskyFeedPost.Record): Promise<PublishOutcome> {
  try {
    const { data } = await session.agent.com.atproto.repo.putRecord({
      repo: session.did,
      collection: POST_COLLECTION,
      rkey,
      record,
      swapRecord: null,
    })
    return postedAt(session, data.uri)
  } catch (error) {
    if (errorName(error) === 'InvalidSwap') return readBack(session, rkey)
    const answerLost = (isNoAnswer(error) && !neverSent(error)) || (error instanceof XRPCError && error.status === INVALID_ANSWER)
    if (answerLost) return { kind: 'unknown', detail: session.failureOf(error).detail }
    return { kind: 'failed', failure: session.failureOf(error) }
  }
}

async function readBack(session: Session, rkey: string): Promise<PublishOutcome> {
  try {
    const found = await readPost(session, rkey)
    if (found) return postedAt(session, found.uri)
    return { kind: 'failed', failure: { reason: 'temporary', retryable: true, detail: 'the record changed while it was written' } }
  } catch (error) {
    return { kind: 'unknown', detail: session.failureOf(error).detail }
  }
}

async function publish(request: PublishRequest<BlueskyCredentials>): Promise<PublishOutcome> {
  const problem = checkContentSafely(request.post)
  if (problem) return { kind: 'failed', failure: problem }
  const opened = await openSession(request.credentials, request)
  if ('failure' in opened) return { kind: 'failed', failure: opened.failure }
  const { session } = opened
  const rkey = recordKeyFor(request.idempotencyKey, request.firstAttemptAt)
  let record: AppBskyFeedPost.Record
  try {
    const existing = await readPost(session, rkey)
    if (existing) return postedAt(session, existing.uri)
    record = await recordOf(session, request.post)
  } catch (error) {
    return { kind: 'failed', failure: session.failureOf(error) }
  }
  return writePost(session, rkey, record)
}

async function reconcile(request: ReconcileRequest<BlueskyCredentials>): Promise<ReconcileOutcome> {
  const opened = await openSession(request.credentials, request)
  if ('failure' in opened) return { kind: 'failed', failure: opened.failure }
  const { session } = opened
  try {
    const found = await readPost(session, recordKeyFor(request.idempotencyKey, request.firstAttemptAt))
    return found ? postedAt(session, found.uri) : { kind: 'absent' }
  } catch (error) {
    return { kind: 'failed', failure: session.failureOf(error) }
  }
}

function postUri(remoteId: string): AtUri | null {
  try {
    const uri = new AtUri(remoteId)
    return uri.collection === POST_COLLECTION && uri.rkey ? uri : null
  } catch {
    return null
  }
}

/**
 * Reads the record for its current CID, then deletes it with `swapRecord` = that CID: a record
 * changed in between is not deleted (InvalidSwap, retried after a fresh read).
 */
async function remove(request: RemoveRequest<BlueskyCredentials>): Promise<RemoveOutcome> {
  const uri = postUri(request.remoteId)
  if (!uri) return { kind: 'failed', failure: rejected(`not a Bluesky post: ${request.remoteId.slice(0, 200)}`) }
  const opened = await openSession(request.credentials, request)
  if ('failure' in opened) return { kind: 'failed', failure: opened.failure }
  const { session } = opened
  if (uri.host !== session.did && uri.host !== session.handle)
    return { kind: 'failed', failure: rejected(`the post belongs to ${uri.host}, not to the account ${session.did}`) }
  try {
    const current = await readPost(session, uri.rkey)
    if (!current) return { kind: 'gone' }
    await session.agent.com.atproto.repo.deleteRecord({
      repo: session.did,
      collection: POST_COLLECTION,
      rkey: uri.rkey,
      swapRecord: current.cid,
    })
    return { kind: 'removed' }
  } catch (error) {
    if (errorName(error) === 'InvalidSwap')
      return {
        kind: 'failed',
        failure: { reason: 'temporary', retryable: true, status: 400, detail: 'the post changed while it was deleted' },
      }
    return { kind: 'failed', failure: session.failureOf(error) }
  }
}

async function testConnection(credentials: BlueskyCredentials, options: CallOptions = {}): Promise<HealthOutcome> {
  const opened = await openSession(credentials, options)
  if ('session' in opened) return { state: 'ok', accountName: opened.session.handle }
  const { failure } = opened
  if (failure.reason === 'reconnect') return { state: 'reconnect', detail: failure.detail }
  if (failure.reason === 'rateLimited') return { state: 'rateLimited', retryAt: failure.retryAt, detail: failure.detail }
  return { state: 'unreachable', detail: failure.detail }
}

/** Never throws: a defect in here (or in the client library) still comes back as an outcome. */
function neverThrowing<A extends unknown[], R>(
  run: (...args: A) => Promise<R>,
  secretOf: (...args: A) => string | undefined,
  onError: (detail: string) => R,
) {
  return async (...args: A): Promise<R> => {
    try {
      return await run(...args)
    } catch (error) {
      return onError(sanitise(error instanceof Error ? error.message : String(error), secretOf(...args) ?? ''))
    }
  }
}

const secretOfRequest = (request: { credentials: BlueskyCredentials }) => request?.credentials?.appPassword

const unexpected = (detail: string): Failure => ({ reason: 'temporary', retryable: true, detail: `unexpected: ${detail}` })

export const blueskyConnector: Connector<'bluesky'> = {
  network: 'bluesky',
  limits: BLUESKY_LIMITS,
  checkContent: checkContentSafely,
  testConnection: neverThrowing(
    testConnection,
    (credentials) => credentials?.appPassword,
    (detail): HealthOutcome => ({ state: 'unreachable', detail }),
  ),
  // An unexpected throw may come after the post left: `unknown` has it reconciled before a resend.
  publish: neverThrowing(publish, secretOfRequest, (detail): PublishOutcome => ({ kind: 'unknown', detail })),
  reconcile: neverThrowing(reconcile, secretOfRequest, (detail): ReconcileOutcome => ({ kind: 'failed', failure: unexpected(detail) })),
  remove: neverThrowing(remove, secretOfRequest, (detail): RemoveOutcome => ({ kind: 'failed', failure: unexpected(detail) })),
}
