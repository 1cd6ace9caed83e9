/**
 * Facebook Page connector (Graph API), as documented at
 * https://developers.facebook.com/docs/pages/publishing, /docs/graph-api/reference/page/feed,
 * /docs/graph-api/reference/photo and /docs/graph-api/guides/error-handling.
 *
 * The Graph API has no idempotency key: a post sent twice is two posts. So a feed POST that gets no
 * answer is `unknown`, never retried blindly, and so is the Graph's own "duplicate status message"
 * (506): either way the caller reconciles by reading the Page's published posts before sending again.
 *
 * The page token travels only in the `Authorization: Bearer` header, never in a URL, and every
 * `detail` is scrubbed of it in case the Graph ever echoes it back.
 */
import { call, failureFromStatus, noAnswerFailure, retryAtFrom, trimSlash } from './http'
import type {
  CallOptions,
  Connector,
  ContentLimits,
  Failure,
  FacebookCredentials,
  HealthOutcome,
  OutgoingImage,
  OutgoingPost,
  Posted,
  PublishOutcome,
  ReconcileOutcome,
  RemoveOutcome,
} from './types'

export const facebookLimits: ContentLimits = {
  // Facebook's post length limit, counted in UTF-16 units (JavaScript's `length`).
  maxText: 63_206,
  maxImages: 10,
  // The photo-uploads guide recommends photos under 4 MB (/docs/graph-api/photo-uploads); the Photo
  // node accepts up to 10 MB (/docs/graph-api/reference/photo): we keep to the recommendation.
  maxImageBytes: 4 * 1024 * 1024,
  // Our policy (issue 15). Feed posts have no alt field, but each attached photo is uploaded first,
  // and the Photo node documents `alt_text_custom` on creation: the alt text is sent there.
  altRequired: true,
  maxAlt: 1000,
}

/** Graph error codes (/docs/graph-api/guides/error-handling, the Photo and Page Feed references). */
const GRAPH = {
  invalidParameter: 100,
  policyBlock: 368,
  duplicatePost: 506,
  objectMissing: 33,
} as const
const TOKEN_CODES = new Set([102, 190])
const THROTTLE_CODES = new Set([4, 17, 32, 341, 613, 80001])
const SERVICE_CODES = new Set([1, 2])
const isPermissionCode = (code: number) => code === 10 || (code >= 200 && code <= 299)

/** When the headers say nothing: a throttled app or Page usually gets its quota back within the hour. */
const THROTTLE_WAIT_MS = 15 * 60_000
/** A Page blocked for policy violations (368) is blocked for hours, often a day. */
const POLICY_BLOCK_WAIT_MS = 24 * 60 * 60_000
/** Reconcile reads at most this many pages of 25 posts. */
const RECONCILE_PAGES = 4

type GraphError = { message?: string; type?: string; code?: number; error_subcode?: number; fbtrace_id?: string }

type GraphAnswer =
  | { kind: 'ok'; body: Record<string, unknown> }
  | { kind: 'error'; status: number; headers: Headers; error?: GraphError; detail: string }
  /** No answer, or one that cannot be read: the request may have been carried out. */
  | { kind: 'noAnswer'; detail: string }

type GraphErrorAnswer = Extract<GraphAnswer, { kind: 'error' }>

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name]
  return typeof value === 'string' && value !== '' ? value : undefined
}

function graphErrorOf(body: unknown): GraphError | undefined {
  if (!isObject(body) || !isObject(body.error)) return undefined
  const { message, type, code, error_subcode, fbtrace_id } = body.error
  return {
    message: typeof message === 'string' ? message : undefined,
    type: typeof type === 'string' ? type : undefined,
    code: typeof code === 'number' ? code : undefined,
    error_subcode: typeof error_subcode === 'number' ? error_subcode : undefined,
    fbtrace_id: typeof fbtrace_id === 'string' ? fbtrace_id : undefined,
  }
}

function describeError(status: number, error: GraphError | undefined, text: string): string {
  if (!error?.code) return `${status} ${text.slice(0, 300)}`.trim()
  const code = error.error_subcode ? `${error.code}/${error.error_subcode}` : String(error.code)
  const trace = error.fbtrace_id ? ` [fbtrace ${error.fbtrace_id}]` : ''
  return `${status} Graph ${code}${error.type ? ` ${error.type}` : ''}: ${(error.message ?? '').slice(0, 300)}${trace}`
}

/**
 * `estimated_time_to_regain_access` (minutes) from the rate-limit headers: X-Business-Use-Case-Usage
 * maps an object id to a list of usages; X-App-Usage is one flat usage
 * (/docs/graph-api/overview/rate-limiting).
 */
function regainAccessMinutes(headers: Headers): number | undefined {
  const usages = [headers.get('x-business-use-case-usage'), headers.get('x-app-usage')].flatMap((raw) => {
    const parsed = raw ? parseJson(raw) : undefined
    if (!isObject(parsed)) return []
    if ('call_count' in parsed || 'estimated_time_to_regain_access' in parsed) return [parsed]
    return Object.values(parsed).flatMap((entries) => (Array.isArray(entries) ? entries.filter(isObject) : []))
  })
  const minutes = usages
    .map((usage) => Number(usage.estimated_time_to_regain_access))
    .filter((value) => Number.isFinite(value) && value > 0)
  return minutes.length > 0 ? Math.max(...minutes) : undefined
}

function throttledUntil(headers: Headers, now: Date): Date {
  const minutes = regainAccessMinutes(headers)
  if (minutes !== undefined) return new Date(now.getTime() + minutes * 60_000)
  return retryAtFrom(headers, now) ?? new Date(now.getTime() + THROTTLE_WAIT_MS)
}

/**
 * What a Graph error means for us. The Graph answers most errors as HTTP 400 whatever their cause,
 * so the error code decides; an answer without one falls back on the shared HTTP rule.
 */
export function graphFailure(answer: GraphErrorAnswer, now: Date = new Date()): Failure {
  const { status, headers, detail } = answer
  const code = answer.error?.code
  if (code === undefined) return failureFromStatus(status, headers, detail, now)
  if (TOKEN_CODES.has(code) || isPermissionCode(code)) return { reason: 'reconnect', retryable: false, status, detail }
  if (THROTTLE_CODES.has(code)) return { reason: 'rateLimited', retryable: true, status, detail, retryAt: throttledUntil(headers, now) }
  if (code === GRAPH.policyBlock) {
    return { reason: 'temporary', retryable: true, status, detail, retryAt: new Date(now.getTime() + POLICY_BLOCK_WAIT_MS) }
  }
  if (SERVICE_CODES.has(code) || status >= 500)
    return { reason: 'temporary', retryable: true, status, detail, retryAt: retryAtFrom(headers, now) }
  if (code === GRAPH.invalidParameter || code === GRAPH.duplicatePost) return { reason: 'rejected', retryable: false, status, detail }
  return failureFromStatus(status, headers, detail, now)
}

type Graph = {
  get: (path: string, query?: Record<string, string>) => Promise<GraphAnswer>
  post: (path: string, body: URLSearchParams | FormData, query?: Record<string, string>) => Promise<GraphAnswer>
  delete: (path: string) => Promise<GraphAnswer>
  /** A failure from an error answer, or from no answer at all. */
  failure: (answer: Exclude<GraphAnswer, { kind: 'ok' }>) => Failure
}

function graphFor(credentials: FacebookCredentials, options: CallOptions): Graph {
  const root = trimSlash(credentials.graphUrl)
  const token = credentials.pageToken
  const scrub = (text: string) => (token ? text.split(token).join('[redacted]') : text)
  const send = async (method: string, path: string, query: Record<string, string> = {}, body?: URLSearchParams | FormData) => {
    const search = new URLSearchParams(query).toString()
    const url = `${root}${path}${search ? `?${search}` : ''}`
    const answer = await call(url, { method, body, headers: { authorization: `Bearer ${token}` } }, options)
    if (answer.kind === 'noAnswer') return { kind: 'noAnswer', detail: scrub(answer.detail) } as const
    return readAnswer(answer.response, scrub)
  }
  return {
    get: (path, query) => send('GET', path, query),
    post: (path, body, query) => send('POST', path, query, body),
    delete: (path) => send('DELETE', path),
    failure: (answer) => (answer.kind === 'noAnswer' ? noAnswerFailure(answer.detail) : graphFailure(answer)),
  }
}

async function readAnswer(response: Response, scrub: (text: string) => string): Promise<GraphAnswer> {
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    return { kind: 'noAnswer', detail: scrub(`answer cut off (${response.status}): ${(error as Error).message}`) }
  }
  const body = parseJson(text)
  if (response.ok) return isObject(body) ? { kind: 'ok', body } : { kind: 'noAnswer', detail: `unreadable ${response.status} answer` }
  const error = graphErrorOf(body)
  return {
    kind: 'error',
    status: response.status,
    headers: response.headers,
    error,
    detail: scrub(describeError(response.status, error, text)),
  }
}

const callOptionsOf = (request: CallOptions): CallOptions => ({ fetch: request.fetch, timeoutMs: request.timeoutMs })
const pagePath = (credentials: FacebookCredentials, edge = '') => `/${encodeURIComponent(credentials.pageId)}${edge}`
const rejected = (detail: string): Failure => ({ reason: 'rejected', retryable: false, detail })

/** The post, by its id ("{page-id}_{post-id}"); a post's own page opens at facebook.com/{id}. */
function posted(remoteId: string, permalink: string | undefined): Posted {
  return { kind: 'posted', remoteId, url: permalink ?? `https://www.facebook.com/${remoteId}` }
}

function imageProblem(image: OutgoingImage, index: number): string | null {
  const which = `image ${index + 1} (${image.filename})`
  if (!image.mimeType.startsWith('image/')) return `${which} is not an image (${image.mimeType})`
  if (image.data.byteLength > facebookLimits.maxImageBytes)
    return `${which} is ${image.data.byteLength} bytes, over ${facebookLimits.maxImageBytes}`
  if (!image.alt?.trim()) return `${which} has no alt text`
  if (image.alt.length > facebookLimits.maxAlt) return `${which} alt text is ${image.alt.length} characters, over ${facebookLimits.maxAlt}`
  return null
}

function checkContent(post: OutgoingPost): Failure | null {
  // Reconcile finds a post by its text, so a post without text could never be found again.
  if (!post.text.trim()) return rejected('text is empty')
  if (post.text.length > facebookLimits.maxText) return rejected(`text is ${post.text.length} UTF-16 units, over ${facebookLimits.maxText}`)
  if (post.images.length > facebookLimits.maxImages) return rejected(`${post.images.length} images, over ${facebookLimits.maxImages}`)
  const problem = post.images.map(imageProblem).find((found) => found !== null)
  return problem ? rejected(problem) : null
}

type Upload = { kind: 'uploaded'; id: string } | { kind: 'failed'; failure: Failure }

/** An unpublished photo (`published=false`), to attach to the feed post: it shows nowhere on its own. */
async function uploadPhoto(graph: Graph, credentials: FacebookCredentials, image: OutgoingImage): Promise<Upload> {
  const form = new FormData()
  form.append('source', new Blob([new Uint8Array(image.data)], { type: image.mimeType }), image.filename)
  form.append('published', 'false')
  form.append('alt_text_custom', image.alt)
  const answer = await graph.post(pagePath(credentials, '/photos'), form)
  // No post exists yet: whatever happened to the photo, nothing is public, so a retry is safe.
  if (answer.kind !== 'ok') return { kind: 'failed', failure: graph.failure(answer) }
  const id = stringField(answer.body, 'id')
  return id ? { kind: 'uploaded', id } : { kind: 'failed', failure: noAnswerFailure(`photo ${image.filename} uploaded without an id`) }
}

async function createFeedPost(graph: Graph, credentials: FacebookCredentials, text: string, photoIds: string[]): Promise<PublishOutcome> {
  const body = new URLSearchParams({ message: text })
  photoIds.forEach((id, index) => body.set(`attached_media[${index}]`, JSON.stringify({ media_fbid: id })))
  // Read-after-write: the feed edge returns the fields asked for with the new id, so no second call.
  const answer = await graph.post(pagePath(credentials, '/feed'), body, { fields: 'id,permalink_url' })
  if (answer.kind === 'noAnswer') return { kind: 'unknown', detail: `no answer to the feed post: ${answer.detail}` }
  if (answer.kind === 'error') {
    if (answer.error?.code === GRAPH.duplicatePost)
      return { kind: 'unknown', detail: `the Graph calls it a duplicate, maybe posted already: ${answer.detail}` }
    return { kind: 'failed', failure: graph.failure(answer) }
  }
  const id = stringField(answer.body, 'id')
  if (!id) return { kind: 'unknown', detail: 'the feed post was answered without an id' }
  return posted(id, stringField(answer.body, 'permalink_url'))
}

async function publish(request: Parameters<Connector<'facebook'>['publish']>[0]): Promise<PublishOutcome> {
  const { credentials, post } = request
  const refused = checkContent(post)
  if (refused) return { kind: 'failed', failure: refused }
  const graph = graphFor(credentials, callOptionsOf(request))
  const photoIds: string[] = []
  for (const image of post.images) {
    const upload = await uploadPhoto(graph, credentials, image)
    if (upload.kind === 'failed') return upload
    photoIds.push(upload.id)
  }
  return createFeedPost(graph, credentials, post.text, photoIds)
}

const normalise = (message: string) => message.replace(/\r\n/g, '\n').trim()

type FeedEntry = { id: string; message?: string; createdTime?: number; permalink?: string }

function feedEntries(body: Record<string, unknown>): FeedEntry[] {
  const data = Array.isArray(body.data) ? body.data.filter(isObject) : []
  return data.flatMap((entry) => {
    const id = stringField(entry, 'id')
    if (!id) return []
    const created = Date.parse(stringField(entry, 'created_time') ?? '')
    const createdTime = Number.isNaN(created) ? undefined : created
    return [{ id, message: stringField(entry, 'message'), createdTime, permalink: stringField(entry, 'permalink_url') }]
  })
}

function nextCursor(body: Record<string, unknown>): string | undefined {
  const paging = isObject(body.paging) ? body.paging : {}
  const cursors = isObject(paging.cursors) ? paging.cursors : {}
  return paging.next && typeof cursors.after === 'string' ? cursors.after : undefined
}

/**
 * Reads the Page's own posts (published_posts: not visitors' posts) made since a minute before the
 * first attempt, newest first, for one whose message is the post's text. The cursor is followed by
 * hand: the Graph's `paging.next` URLs carry the access token.
 */
async function reconcile(request: Parameters<Connector<'facebook'>['reconcile']>[0]): Promise<ReconcileOutcome> {
  const { credentials } = request
  const graph = graphFor(credentials, callOptionsOf(request))
  const since = Math.floor(request.firstAttemptAt.getTime() / 1000) - 60
  const wanted = normalise(request.post.text)
  // `since` is a filter the Graph applies; checked again here in case an answer ignores it.
  const isCandidate = (entry: FeedEntry) => normalise(entry.message ?? '') === wanted && (entry.createdTime ?? Infinity) >= since * 1000
  let after: string | undefined
  for (let page = 0; page < RECONCILE_PAGES; page++) {
    const query: Record<string, string> = {
      fields: 'id,message,created_time,permalink_url',
      since: String(since),
      limit: '25',
      ...(after ? { after } : {}),
    }
    const answer = await graph.get(pagePath(credentials, '/published_posts'), query)
    if (answer.kind !== 'ok') return { kind: 'failed', failure: graph.failure(answer) }
    const match = feedEntries(answer.body).find(isCandidate)
    if (match) return posted(match.id, match.permalink)
    after = nextCursor(answer.body)
    if (!after) break
  }
  return { kind: 'absent' }
}

function isGone(answer: GraphErrorAnswer): boolean {
  if (answer.status === 404) return true
  const error = answer.error
  return (
    error?.code === GRAPH.invalidParameter && (error.error_subcode === GRAPH.objectMissing || /does not exist/i.test(error.message ?? ''))
  )
}

async function remove(request: Parameters<Connector<'facebook'>['remove']>[0]): Promise<RemoveOutcome> {
  const graph = graphFor(request.credentials, callOptionsOf(request))
  const answer = await graph.delete(`/${encodeURIComponent(request.remoteId)}`)
  if (answer.kind === 'error' && isGone(answer)) return { kind: 'gone' }
  if (answer.kind !== 'ok') return { kind: 'failed', failure: graph.failure(answer) }
  if (answer.body.success === true) return { kind: 'removed' }
  return { kind: 'failed', failure: { reason: 'temporary', retryable: true, detail: 'the Graph did not confirm the deletion' } }
}

function healthOf(failure: Failure): HealthOutcome {
  const { detail } = failure
  if (failure.reason === 'rateLimited') return { state: 'rateLimited', retryAt: failure.retryAt, detail }
  if (failure.reason === 'temporary') return { state: 'unreachable', detail }
  // A refused read of the Page itself (code 100: no such Page for this token) is a credentials problem too.
  return { state: 'reconnect', detail }
}

async function testConnection(credentials: FacebookCredentials, options: CallOptions = {}): Promise<HealthOutcome> {
  const graph = graphFor(credentials, callOptionsOf(options))
  const answer = await graph.get(pagePath(credentials), { fields: 'id,name' })
  if (answer.kind !== 'ok') return healthOf(graph.failure(answer))
  return { state: 'ok', accountName: stringField(answer.body, 'name') ?? stringField(answer.body, 'id') ?? credentials.pageId }
}

export const facebookConnector: Connector<'facebook'> = {
  network: 'facebook',
  limits: facebookLimits,
  checkContent,
  testConnection,
  publish,
  reconcile,
  remove,
}
