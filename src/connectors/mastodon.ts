import { countCodePoints, countForChannel } from '../text/countCharacters'
import { type Answer, call, errorDetail, failureFromStatus, noAnswerFailure, trimSlash } from './http'
import type {
  CallOptions,
  Connector,
  ContentLimits,
  Failure,
  HealthOutcome,
  MastodonCredentials,
  OutgoingImage,
  OutgoingPost,
  Posted,
  PublishOutcome,
  ReconcileOutcome,
  ReconcileRequest,
  RemoveOutcome,
} from './types'

/**
 * Mastodon's REST API (docs.joinmastodon.org): statuses, media (v2, asynchronous) and the account's
 * own statuses. Limits are mastodon.social's and the defaults of Mastodon's code: 500 characters with
 * every link counted as 23 (configuration[statuses]), 4 attachments, 16 MB images, 1,500-character
 * descriptions.
 */
export const MASTODON_LIMITS: ContentLimits = {
  maxText: 500,
  maxImages: 4,
  maxImageBytes: 16 * 1024 * 1024,
  altRequired: true,
  maxAlt: 1500,
}

/**
 * Mastodon keeps an Idempotency-Key for 1 hour (POST /api/v1/statuses); 5 minutes are left for a slow
 * first attempt and for the two clocks.
 */
const REPLAY_WINDOW_MS = 55 * 60_000

/** A status's created_at is the server's clock; firstAttemptAt is ours. */
const CLOCK_SKEW_MS = 2 * 60_000

/** The own statuses read by reconcile (the API's maximum). */
const TIMELINE_LIMIT = 40

/** Waits between two polls of a media still processing: first, doubling up to maxStep, maxTotal in all. */
export type MediaWait = { firstMs: number; maxStepMs: number; maxTotalMs: number }

const DEFAULT_MEDIA_WAIT: MediaWait = { firstMs: 500, maxStepMs: 5_000, maxTotalMs: 60_000 }

export type MastodonConnectorOptions = {
  /** Shorter waits for tests. */
  mediaWait?: Partial<MediaWait>
  /** The clock that dates a rate-limit reset and decides whether an Idempotency-Key is still kept. */
  now?: () => Date
}

type Api = {
  send(method: string, path: string, body?: { json?: unknown; form?: FormData }, headers?: Record<string, string>): Promise<Answer>
  /** The failure an error answer stands for, its detail free of the token. */
  failure(response: Response, context?: string): Promise<Failure>
}

type MediaResult = { ids: string[] } | { failure: Failure }

type StatusJson = { id?: unknown; url?: unknown; uri?: unknown; created_at?: unknown; content?: unknown; reblog?: unknown }

function rejected(detail: string): Failure {
  return { reason: 'rejected', retryable: false, detail }
}

/** Rounded up, so that an image over the limit never reads as at the limit. */
function megabytes(bytes: number): string {
  return String(Math.ceil((bytes / (1024 * 1024)) * 100) / 100)
}

function checkImage(image: OutgoingImage, position: number): Failure | null {
  if (!image.alt.trim()) return rejected(`image ${position} has no description`)
  const altLength = countCodePoints(image.alt)
  if (altLength > MASTODON_LIMITS.maxAlt) {
    return rejected(`image ${position}'s description is ${altLength} characters, Mastodon allows ${MASTODON_LIMITS.maxAlt}`)
  }
  if (image.data.byteLength > MASTODON_LIMITS.maxImageBytes) {
    return rejected(
      `image ${position} is ${megabytes(image.data.byteLength)} MB, Mastodon allows ${megabytes(MASTODON_LIMITS.maxImageBytes)} MB`,
    )
  }
  if (!image.mimeType) return rejected(`image ${position} has no MIME type`)
  return null
}

/** The same count as the editor's counter (CHAN-1): links 23, a remote mention as its local part. */
export function checkMastodonContent(post: OutgoingPost): Failure | null {
  const length = countForChannel('mastodon', post.text)
  if (length > MASTODON_LIMITS.maxText) return rejected(`text is ${length} characters, Mastodon allows ${MASTODON_LIMITS.maxText}`)
  if (!post.text.trim() && post.images.length === 0) return rejected('the post has neither text nor image')
  if (post.images.length > MASTODON_LIMITS.maxImages) {
    return rejected(`${post.images.length} images, Mastodon allows ${MASTODON_LIMITS.maxImages}`)
  }
  for (const [index, image] of post.images.entries()) {
    const refused = checkImage(image, index + 1)
    if (refused) return refused
  }
  return null
}

function redact(text: string, token: string): string {
  return token ? text.split(token).join('[token]') : text
}

function apiFor(credentials: MastodonCredentials, options: CallOptions, now: () => Date): Api {
  const base = trimSlash(credentials.instanceUrl)
  const token = credentials.accessToken
  const clean = (detail: string) => redact(detail, token)
  return {
    send(method, path, body, headers = {}) {
      const init: RequestInit = { method, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...headers } }
      if (body?.json !== undefined) {
        init.body = JSON.stringify(body.json)
        init.headers = { ...init.headers, 'Content-Type': 'application/json' }
      } else if (body?.form) init.body = body.form
      return call(`${base}${path}`, init, options).then((answer) =>
        answer.kind === 'noAnswer' ? { kind: 'noAnswer', detail: clean(answer.detail) } : answer,
      )
    },
    async failure(response, context) {
      const detail = clean(await errorDetail(response))
      return failureFromStatus(response.status, response.headers, context ? `${context}: ${detail}` : detail, now())
    },
  }
}

async function readJson<T>(response: Response): Promise<T | null> {
  try {
    return (await response.json()) as T
  } catch {
    return null
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function unexpected(context: string): Failure {
  return { reason: 'temporary', retryable: true, detail: `${context}: unexpected answer` }
}

/** GET /api/v1/media/:id answers 206 while the file is processed, 200 once it can be attached. */
async function waitUntilProcessed(api: Api, id: string, context: string, wait: MediaWait): Promise<Failure | null> {
  const deadline = Date.now() + wait.maxTotalMs
  let step = wait.firstMs
  let last = 'still processing'
  while (Date.now() < deadline) {
    await sleep(Math.min(step, Math.max(0, deadline - Date.now())))
    step = Math.min(step * 2, wait.maxStepMs)
    const answer = await api.send('GET', `/api/v1/media/${encodeURIComponent(id)}`)
    // A poll that got no answer is only a poll: the upload is done, the next one may answer.
    if (answer.kind === 'noAnswer') {
      last = answer.detail
      continue
    }
    if (answer.response.status === 200) return null
    if (answer.response.status !== 206) return api.failure(answer.response, context)
    await answer.response.body?.cancel()
  }
  return { reason: 'temporary', retryable: true, detail: `${context}: ${last} after ${Math.round(wait.maxTotalMs / 1000)} s` }
}

async function uploadImage(api: Api, image: OutgoingImage, position: number, wait: MediaWait): Promise<string | Failure> {
  const context = `image ${position}`
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(image.data)], { type: image.mimeType }), image.filename)
  form.append('description', image.alt)
  const answer = await api.send('POST', '/api/v2/media', { form })
  // Nothing is posted before the status: an upload without an answer is only temporary.
  if (answer.kind === 'noAnswer') return noAnswerFailure(`${context}: ${answer.detail}`)
  const { response } = answer
  if (response.status !== 200 && response.status !== 202) return api.failure(response, context)
  const media = await readJson<{ id?: unknown }>(response)
  if (typeof media?.id !== 'string') return unexpected(context)
  if (response.status === 202) {
    const failure = await waitUntilProcessed(api, media.id, context, wait)
    if (failure) return failure
  }
  return media.id
}

async function uploadAll(api: Api, images: OutgoingImage[], wait: MediaWait): Promise<MediaResult> {
  const ids: string[] = []
  for (const [index, image] of images.entries()) {
    const result = await uploadImage(api, image, index + 1, wait)
    if (typeof result !== 'string') return { failure: result }
    ids.push(result)
  }
  return { ids }
}

function postedFrom(status: StatusJson | null): Posted | null {
  if (typeof status?.id !== 'string') return null
  const url = typeof status.url === 'string' ? status.url : typeof status.uri === 'string' ? status.uri : ''
  return { kind: 'posted', remoteId: status.id, url }
}

async function postStatus(api: Api, body: Record<string, unknown>, idempotencyKey: string): Promise<PublishOutcome> {
  const answer = await api.send('POST', '/api/v1/statuses', { json: body }, { 'Idempotency-Key': idempotencyKey })
  if (answer.kind === 'noAnswer') return { kind: 'unknown', detail: answer.detail }
  if (!answer.response.ok) return { kind: 'failed', failure: await api.failure(answer.response) }
  // A 200 that is not a status: it may well have been posted.
  return (
    postedFrom(await readJson<StatusJson>(answer.response)) ?? { kind: 'unknown', detail: `${answer.response.status} unexpected answer` }
  )
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    }
    return ENTITIES[name.toLowerCase()] ?? entity
  })
}

/** A status's HTML `content` back to its text: paragraphs and line breaks kept, tags dropped. */
export function plainTextOf(html: string): string {
  const withBreaks = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
  return decodeEntities(withBreaks.replace(/<[^>]*>/g, ''))
}

// Mastodon shows a remote mention as its local part; whitespace is rewritten by its formatter.
function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(^|[^/\w])@(\w+)@[a-z0-9.-]+[a-z0-9]+/gi, '$1@$2')
    .replace(/\s+/g, ' ')
    .trim()
}

async function ownAccountId(api: Api): Promise<string | Failure> {
  const answer = await api.send('GET', '/api/v1/accounts/verify_credentials')
  if (answer.kind === 'noAnswer') return noAnswerFailure(answer.detail)
  if (!answer.response.ok) return api.failure(answer.response)
  const account = await readJson<{ id?: unknown }>(answer.response)
  return typeof account?.id === 'string' ? account.id : unexpected('verify_credentials')
}

/** Reads the account's latest statuses for one made since the first attempt with the post's text. */
async function findInTimeline(api: Api, request: ReconcileRequest<MastodonCredentials>): Promise<ReconcileOutcome> {
  const accountId = await ownAccountId(api)
  if (typeof accountId !== 'string') return { kind: 'failed', failure: accountId }
  const answer = await api.send('GET', `/api/v1/accounts/${encodeURIComponent(accountId)}/statuses?limit=${TIMELINE_LIMIT}`)
  if (answer.kind === 'noAnswer') return { kind: 'failed', failure: noAnswerFailure(answer.detail) }
  if (!answer.response.ok) return { kind: 'failed', failure: await api.failure(answer.response) }
  const statuses = await readJson<StatusJson[]>(answer.response)
  if (!Array.isArray(statuses)) return { kind: 'failed', failure: unexpected('account statuses') }
  const since = request.firstAttemptAt.getTime() - CLOCK_SKEW_MS
  const wanted = comparable(request.post.text)
  const matches = statuses.filter(
    (status) =>
      !status.reblog &&
      typeof status.content === 'string' &&
      new Date(String(status.created_at)).getTime() >= since &&
      comparable(plainTextOf(status.content)) === wanted,
  )
  const oldest = matches.sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))[0]
  return postedFrom(oldest ?? null) ?? { kind: 'absent' }
}

/**
 * Asks Mastodon for the status it keeps under the delivery's Idempotency-Key. Mastodon answers a key
 * it has seen with the status first made under it, before it looks at the body (PostStatusService),
 * so sending the key again is safe; the body here is empty on purpose: were the key unknown (the first
 * attempt made nothing), Mastodon refuses it (422, text can't be blank) instead of posting a status
 * without its images. Null when the key brought no status back.
 */
async function replay(api: Api, idempotencyKey: string): Promise<ReconcileOutcome | null> {
  const answer = await api.send('POST', '/api/v1/statuses', { json: { status: '' } }, { 'Idempotency-Key': idempotencyKey })
  if (answer.kind === 'noAnswer') return { kind: 'failed', failure: noAnswerFailure(answer.detail) }
  const { response } = answer
  if (response.ok) return postedFrom(await readJson<StatusJson>(response))
  const failure = await api.failure(response)
  // 422: no status under the key; 404: its status was deleted. The timeline says the rest.
  return failure.reason === 'rejected' ? null : { kind: 'failed', failure }
}

function healthFrom(failure: Failure): HealthOutcome {
  if (failure.reason === 'reconnect') return { state: 'reconnect', detail: failure.detail }
  if (failure.reason === 'rateLimited') return { state: 'rateLimited', retryAt: failure.retryAt, detail: failure.detail }
  return { state: 'unreachable', detail: failure.detail }
}

export function createMastodonConnector(options: MastodonConnectorOptions = {}): Connector<'mastodon'> {
  const wait: MediaWait = { ...DEFAULT_MEDIA_WAIT, ...options.mediaWait }
  const now = options.now ?? (() => new Date())

  return {
    network: 'mastodon',
    limits: MASTODON_LIMITS,
    checkContent: checkMastodonContent,

    async testConnection(credentials, callOptions = {}) {
      const api = apiFor(credentials, callOptions, now)
      const answer = await api.send('GET', '/api/v1/accounts/verify_credentials')
      if (answer.kind === 'noAnswer') return { state: 'unreachable', detail: answer.detail }
      if (!answer.response.ok) return healthFrom(await api.failure(answer.response))
      const account = await readJson<{ acct?: unknown }>(answer.response)
      if (typeof account?.acct !== 'string') return { state: 'unreachable', detail: 'verify_credentials: unexpected answer' }
      return { state: 'ok', accountName: `@${account.acct}` }
    },

    async publish(request) {
      const refused = checkMastodonContent(request.post)
      if (refused) return { kind: 'failed', failure: refused }
      const api = apiFor(request.credentials, request, now)
      const media = await uploadAll(api, request.post.images, wait)
      if ('failure' in media) return { kind: 'failed', failure: media.failure }
      const body = { status: request.post.text, media_ids: media.ids, language: request.post.language, visibility: 'public' }
      return postStatus(api, body, request.idempotencyKey)
    },

    async reconcile(request) {
      const api = apiFor(request.credentials, request, now)
      if (now().getTime() - request.firstAttemptAt.getTime() < REPLAY_WINDOW_MS) {
        const replayed = await replay(api, request.idempotencyKey)
        if (replayed) return replayed
      }
      return findInTimeline(api, request)
    },

    async remove(request): Promise<RemoveOutcome> {
      const api = apiFor(request.credentials, request, now)
      const answer = await api.send('DELETE', `/api/v1/statuses/${encodeURIComponent(request.remoteId)}`)
      if (answer.kind === 'noAnswer') return { kind: 'failed', failure: noAnswerFailure(answer.detail) }
      if (answer.response.ok) return { kind: 'removed' }
      if (answer.response.status === 404) return { kind: 'gone' }
      return { kind: 'failed', failure: await api.failure(answer.response) }
    },
  }
}

export const mastodonConnector: Connector<'mastodon'> = createMastodonConnector()
