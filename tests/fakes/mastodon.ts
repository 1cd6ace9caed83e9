/**
 * A fake Mastodon server (node:http on 127.0.0.1, a free port), written from Mastodon's own
 * documentation (github.com/mastodon/documentation, docs.joinmastodon.org):
 * - content/en/methods/accounts.md: GET /api/v1/accounts/verify_credentials (CredentialAccount, 401/403),
 *   GET /api/v1/accounts/:id/statuses (newest first, `limit` defaults to 20, at most 40).
 * - content/en/methods/media.md: POST /api/v2/media (multipart `file` with a MIME type, `description`;
 *   200 when processed, 202 with `url: null` while processing), GET /api/v1/media/:id (206 Partial
 *   content while processing, 200 once processed, 404 Record not found), 422 for a bad file.
 * - content/en/methods/statuses.md: POST /api/v1/statuses (`Idempotency-Key` kept for up to 1 hour,
 *   `status` optional only with `media_ids`, 422 "Validation failed: …"), GET and DELETE
 *   /api/v1/statuses/:id (the deleted status comes back with its source `text`), 401 "The access
 *   token is invalid", 404 "Record not found".
 * - content/en/api/rate-limits.md: X-RateLimit-Limit / -Remaining / -Reset on answers, about the limit
 *   closest to exceeding; 300 requests per 5 minutes per account (reported, not enforced); deletions
 *   30 per 30 minutes per account (enforced).
 * - content/en/entities/Instance.md: configuration[statuses]: 500 characters, 4 attachments, each URL
 *   counted as 23 characters (characters_reserved_per_url).
 * Where the docs are silent it follows Mastodon's code (github.com/mastodon/mastodon):
 * app/services/post_status_service.rb (a known Idempotency-Key answers its status before any
 * validation; a deleted one answers 404), app/validators/status_length_validator.rb (grapheme
 * clusters, URLs as 23, a remote mention as `@name`), app/models/media_attachment.rb (16 MB images,
 * 1,500-character descriptions), config/initializers/rack_attack.rb (fixed windows, 429 "Too many
 * requests" with X-RateLimit-Reset as an ISO date).
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http'
import type { AddressInfo } from 'node:net'

export type FakeMastodonOptions = {
  /** The server's clock (created_at, Idempotency-Key expiry, rate-limit windows). Defaults to the real one. */
  now?: () => Date
  /** The valid access token; a random one by default. */
  token?: string
  /** The account's username (also its `acct`, as a local account). Defaults to 'balises'. */
  username?: string
}

export type FakeStatus = {
  id: string
  text: string
  language: string | null
  visibility: string
  mediaIds: string[]
  createdAt: Date
  idempotencyKey: string | null
  url: string
  uri: string
}

export type FakeMedia = {
  id: string
  filename: string
  mimeType: string
  size: number
  description: string | null
  /** Set once a status is made with it. */
  statusId: string | null
  /** GET /api/v1/media/:id answers 206 this many more times. */
  pollsLeft: number
  /** …or until this moment of the fake's clock. */
  readyAt: Date | null
}

export type FakeRequest = { method: string; path: string; at: Date; status: number | 'dropped' }

/** A RegExp tested against `METHOD /path` (no query string), or a string that must appear in it. */
export type RequestPattern = string | RegExp

export type Fault = { status: number; headers?: Record<string, string>; body?: unknown }

/** Uploads answer 202 and are processed after this many polls, or this long on the fake's clock. */
export type MediaProcessing = { polls: number } | { ms: number } | null

export type RateWindow = { limit: number; remaining: number; reset: Date }

export type FakeMastodon = {
  /** e.g. http://127.0.0.1:PORT, the instance URL to give the connector. */
  url: string
  token: string
  account: { id: string; username: string; acct: string }
  /** Live statuses by id (a deleted one leaves this map for `deleted`). */
  statuses: Map<string, FakeStatus>
  /** Every uploaded media by id, attached or not. */
  media: Map<string, FakeMedia>
  /** Ids of the statuses deleted through the API, in order. */
  deleted: string[]
  /** Every request, in order: method, path and query, and what was answered. Never a header or a body. */
  requests: FakeRequest[]
  /** The next request matching `pattern` gets `fault` and is not processed. Queued: one fault per call. */
  failNext(pattern: RequestPattern, fault: Fault): void
  /** The next request matching `pattern` is processed (a status is made…) but its socket is destroyed unanswered. */
  dropNext(pattern: RequestPattern): void
  /** From now on the token is refused (401) everywhere. */
  revokeToken(): void
  /** How the next uploads are processed; null (the default) answers 200 at once. */
  setMediaProcessing(processing: MediaProcessing): void
  /** Moves the fake's clock forward (on top of `now`). */
  advanceClock(ms: number): void
  /** A status made outside the API (as if posted from another client), created now unless told. */
  addStatus(status: { text: string; language?: string; createdAt?: Date }): FakeStatus
  /** The deletion limit's current window, as the X-RateLimit-* headers of a deletion would tell it. */
  deletionWindow(): RateWindow
  close(): Promise<void>
}

const MAX_CHARACTERS = 500
const URL_CHARACTERS = 23
const MAX_ATTACHMENTS = 4
const IMAGE_LIMIT = 16 * 1024 * 1024
const MAX_DESCRIPTION = 1500
const IDEMPOTENCY_MS = 60 * 60_000

type Reply = { status: number; headers?: Record<string, string>; body?: unknown }

type Incoming = { method: string; pathname: string; query: URLSearchParams; headers: IncomingMessage['headers']; body: Buffer }

type Bucket = { limit: number; periodMs: number; counts: Map<number, number> }

type Hit = RateWindow & { exceeded: boolean }

const error = (status: number, message: string): Reply => ({ status, body: { error: message } })
const notFound = () => error(404, 'Record not found')
const invalid = (message: string) => error(422, `Validation failed: ${message}`)

function matches(pattern: RequestPattern, method: string, pathname: string): boolean {
  const target = `${method} ${pathname}`
  return typeof pattern === 'string' ? target.includes(pattern) : pattern.test(target)
}

function takeMatching<T extends { pattern: RequestPattern }>(queue: T[], method: string, pathname: string): T | undefined {
  const index = queue.findIndex((entry) => matches(entry.pattern, method, pathname))
  return index === -1 ? undefined : queue.splice(index, 1)[0]
}

// --- Counting as StatusLengthValidator: URLs as 23, remote mentions as @name, grapheme clusters.

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g
const TRAILING_PUNCTUATION = /[.,:;!?'")\]]+$/

function urlsIn(text: string): { start: number; end: number }[] {
  return [...text.matchAll(URL_PATTERN)].map((match) => {
    const url = match[0].replace(TRAILING_PUNCTUATION, '')
    return { start: match.index, end: match.index + url.length }
  })
}

function countableLength(text: string): number {
  let countable = ''
  let cursor = 0
  for (const { start, end } of urlsIn(text)) {
    countable += text.slice(cursor, start) + 'x'.repeat(URL_CHARACTERS)
    cursor = end
  }
  countable += text.slice(cursor)
  countable = countable.replace(/(^|[^/\w])@(\w+)@[a-z0-9.-]+[a-z0-9]+/gi, '$1@$2')
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(countable)].length
}

// --- Rendering a status's text as Mastodon's formatter does (escaped, paragraphs, linked URLs and tags).

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

function linkHtml(url: string): string {
  const [, prefix, rest] = /^(https?:\/\/(?:www\.)?)(.*)$/.exec(url) ?? ['', '', url]
  const shown = rest.slice(0, 30)
  const hidden = rest.slice(30)
  return (
    `<a href="${escapeHtml(url)}" target="_blank" rel="nofollow noopener" translate="no">` +
    `<span class="invisible">${escapeHtml(prefix)}</span><span class="${hidden ? 'ellipsis' : ''}">${escapeHtml(shown)}</span>` +
    `<span class="invisible">${escapeHtml(hidden)}</span></a>`
  )
}

function textHtml(text: string, base: string): string {
  return escapeHtml(text).replace(
    /(^|[^\w&/#])#([\p{L}\p{N}_]+)/gu,
    (_, before: string, tag: string) =>
      `${before}<a href="${base}/tags/${encodeURIComponent(tag.toLowerCase())}" class="mention hashtag" rel="tag">#<span>${tag}</span></a>`,
  )
}

function lineHtml(line: string, base: string): string {
  let html = ''
  let cursor = 0
  for (const { start, end } of urlsIn(line)) {
    html += textHtml(line.slice(cursor, start), base) + linkHtml(line.slice(start, end))
    cursor = end
  }
  return html + textHtml(line.slice(cursor), base)
}

function contentHtml(text: string, base: string): string {
  const paragraphs = text.trim().split(/\n{2,}/)
  return paragraphs
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split('\n')
          .map((line) => lineHtml(line, base))
          .join('<br />')}</p>`,
    )
    .join('')
}

// --- Rate limits as Rack::Attack counts them: fixed windows aligned on the epoch.

/** Counts one request in `bucket` (or only looks, with count false). Refused ones count too, as in Rack::Attack. */
function hit(bucket: Bucket, at: Date, count = true): Hit {
  const window = Math.floor(at.getTime() / bucket.periodMs)
  const used = (bucket.counts.get(window) ?? 0) + (count ? 1 : 0)
  if (count) bucket.counts.set(window, used)
  const reset = new Date((window + 1) * bucket.periodMs)
  return { limit: bucket.limit, remaining: Math.max(0, bucket.limit - used), reset, exceeded: used > bucket.limit }
}

function rateHeaders(window: RateWindow): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(window.limit),
    'X-RateLimit-Remaining': String(window.remaining),
    'X-RateLimit-Reset': window.reset.toISOString(),
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Form data (multipart or urlencoded) parsed by the platform's own Request, as Node 20 allows. */
async function formOf(incoming: Incoming): Promise<FormData | null> {
  try {
    const headers = { 'content-type': incoming.headers['content-type'] ?? '' }
    return await new Request('http://fake.invalid/', { method: 'POST', headers, body: new Uint8Array(incoming.body) }).formData()
  } catch {
    return null
  }
}

type StatusParams = { status: string; mediaIds: string[]; language: string | null; visibility: string }

async function statusParams(incoming: Incoming): Promise<StatusParams | null> {
  if ((incoming.headers['content-type'] ?? '').includes('application/json')) {
    try {
      const json = JSON.parse(incoming.body.toString('utf8')) as Record<string, unknown>
      const mediaIds = Array.isArray(json.media_ids) ? json.media_ids.map(String) : []
      const language = typeof json.language === 'string' ? json.language : null
      return { status: String(json.status ?? ''), mediaIds, language, visibility: String(json.visibility ?? 'public') }
    } catch {
      return null
    }
  }
  const form = await formOf(incoming)
  if (!form) return null
  const value = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : null)
  return {
    status: value('status') ?? '',
    mediaIds: form.getAll('media_ids[]').map(String),
    language: value('language'),
    visibility: value('visibility') ?? 'public',
  }
}

export async function startFakeMastodon(options: FakeMastodonOptions = {}): Promise<FakeMastodon> {
  const baseNow = options.now ?? (() => new Date())
  let offsetMs = 0
  const now = () => new Date(baseNow().getTime() + offsetMs)
  const token = options.token ?? randomBytes(24).toString('base64url')
  let revoked = false
  const username = options.username ?? 'balises'
  const account = { id: '1', username, acct: username, createdAt: now() }

  const statuses = new Map<string, FakeStatus>()
  const media = new Map<string, FakeMedia>()
  const deleted: string[] = []
  const requests: FakeRequest[] = []
  const idempotency = new Map<string, { statusId: string; storedAt: Date }>()
  const faults: { pattern: RequestPattern; fault: Fault }[] = []
  const drops: { pattern: RequestPattern }[] = []
  let processing: MediaProcessing = null
  let sequence = 0
  const nextId = () => String(109_000_000 + ++sequence)

  const general: Bucket = { limit: 300, periodMs: 5 * 60_000, counts: new Map() }
  const deletions: Bucket = { limit: 30, periodMs: 30 * 60_000, counts: new Map() }

  let base = ''

  const accountJson = (withSource: boolean) => ({
    id: account.id,
    username: account.username,
    acct: account.acct,
    display_name: 'Balises test',
    locked: false,
    bot: false,
    discoverable: false,
    group: false,
    created_at: account.createdAt.toISOString(),
    note: '',
    url: `${base}/@${account.username}`,
    avatar: `${base}/avatars/original/missing.png`,
    avatar_static: `${base}/avatars/original/missing.png`,
    header: `${base}/headers/original/missing.png`,
    header_static: `${base}/headers/original/missing.png`,
    followers_count: 0,
    following_count: 0,
    statuses_count: statuses.size,
    last_status_at: null,
    emojis: [],
    fields: [],
    ...(withSource
      ? { source: { privacy: 'public', sensitive: false, language: '', note: '', fields: [], follow_requests_count: 0 } }
      : {}),
  })

  const isProcessed = (item: FakeMedia) => item.pollsLeft <= 0 && (!item.readyAt || now() >= item.readyAt)

  const mediaJson = (item: FakeMedia) => ({
    id: item.id,
    type: 'image',
    url: isProcessed(item) ? `${base}/system/media_attachments/files/${item.id}/original/${encodeURIComponent(item.filename)}` : null,
    preview_url: `${base}/system/media_attachments/files/${item.id}/small/${encodeURIComponent(item.filename)}`,
    remote_url: null,
    text_url: null,
    meta: {},
    description: item.description,
    blurhash: null,
  })

  const statusJson = (status: FakeStatus, withSource = false) => ({
    id: status.id,
    created_at: status.createdAt.toISOString(),
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    sensitive: false,
    spoiler_text: '',
    visibility: status.visibility,
    language: status.language,
    uri: status.uri,
    url: status.url,
    replies_count: 0,
    reblogs_count: 0,
    favourites_count: 0,
    edited_at: null,
    content: contentHtml(status.text, base),
    ...(withSource ? { text: status.text } : {}),
    reblog: null,
    application: { name: 'Balises', website: null },
    account: accountJson(false),
    media_attachments: status.mediaIds.map((id) => mediaJson(media.get(id)!)),
    mentions: [],
    tags: [],
    emojis: [],
    card: null,
    poll: null,
  })

  function makeStatus(params: {
    text: string
    language: string | null
    visibility: string
    mediaIds: string[]
    createdAt: Date
    key: string | null
  }) {
    const id = nextId()
    const status: FakeStatus = {
      id,
      text: params.text,
      language: params.language,
      visibility: params.visibility,
      mediaIds: params.mediaIds,
      createdAt: params.createdAt,
      idempotencyKey: params.key,
      url: `${base}/@${account.acct}/${id}`,
      uri: `${base}/users/${account.username}/statuses/${id}`,
    }
    for (const mediaId of params.mediaIds) media.get(mediaId)!.statusId = id
    statuses.set(id, status)
    return status
  }

  function replayed(key: string): Reply | null {
    const stored = idempotency.get(key)
    if (!stored || now().getTime() - stored.storedAt.getTime() >= IDEMPOTENCY_MS) return null
    const status = statuses.get(stored.statusId)
    // The key outlives a deleted status: Mastodon then fails to find it.
    return status ? { status: 200, body: statusJson(status) } : notFound()
  }

  /** As PostStatusService#validate_media!: unknown or already attached ids are left out, silently. */
  function attachable(ids: string[]): string[] | Reply {
    if (ids.length > MAX_ATTACHMENTS) return error(422, `Cannot attach more than ${MAX_ATTACHMENTS} files`)
    const usable = ids.filter((id) => media.has(id) && !media.get(id)!.statusId)
    if (usable.some((id) => !isProcessed(media.get(id)!))) {
      return error(422, 'Cannot attach files that have not finished processing. Try again in a moment!')
    }
    return usable
  }

  async function createStatus(incoming: Incoming): Promise<Reply> {
    const key = typeof incoming.headers['idempotency-key'] === 'string' ? incoming.headers['idempotency-key'] : null
    // As PostStatusService: a known key answers before the body is even looked at.
    const replay = key ? replayed(key) : null
    if (replay) return replay
    const params = await statusParams(incoming)
    if (!params) return error(400, 'Unparseable request body')
    const mediaIds = attachable(params.mediaIds)
    if (!Array.isArray(mediaIds)) return mediaIds
    if (!params.status.trim() && mediaIds.length === 0) return invalid("Text can't be blank")
    if (countableLength(params.status) > MAX_CHARACTERS) return invalid(`Text character limit of ${MAX_CHARACTERS} exceeded`)
    const status = makeStatus({ ...params, text: params.status, mediaIds, createdAt: now(), key })
    if (key) idempotency.set(key, { statusId: status.id, storedAt: now() })
    return { status: 200, body: statusJson(status) }
  }

  async function uploadMedia(incoming: Incoming): Promise<Reply> {
    const form = await formOf(incoming)
    const file = form?.get('file')
    if (!form || !file || typeof file === 'string' || !file.type) return invalid('File content type is invalid, File is invalid')
    if (file.size > IMAGE_LIMIT) return invalid('File file size must be less than 16 MB')
    const description = typeof form.get('description') === 'string' ? (form.get('description') as string) : null
    if (description && [...description].length > MAX_DESCRIPTION) {
      return invalid(`Description is too long (maximum is ${MAX_DESCRIPTION} characters)`)
    }
    const item: FakeMedia = {
      id: nextId(),
      filename: file.name || 'file',
      mimeType: file.type,
      size: file.size,
      description,
      statusId: null,
      pollsLeft: processing && 'polls' in processing ? processing.polls : 0,
      readyAt: processing && 'ms' in processing ? new Date(now().getTime() + processing.ms) : null,
    }
    media.set(item.id, item)
    return { status: isProcessed(item) ? 200 : 202, body: mediaJson(item) }
  }

  function getMedia(id: string): Reply {
    const item = media.get(id)
    if (!item) return notFound()
    if (item.pollsLeft > 0) {
      item.pollsLeft--
      return { status: 206, body: '' }
    }
    return isProcessed(item) ? { status: 200, body: mediaJson(item) } : { status: 206, body: '' }
  }

  function accountStatuses(id: string, query: URLSearchParams): Reply {
    if (id !== account.id) return notFound()
    const limit = Math.min(40, Math.max(1, Number(query.get('limit')) || 20))
    const newestFirst = [...statuses.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || Number(b.id) - Number(a.id))
    return { status: 200, body: newestFirst.slice(0, limit).map((status) => statusJson(status)) }
  }

  function deleteStatus(id: string): Reply {
    const status = statuses.get(id)
    if (!status) return notFound()
    statuses.delete(id)
    deleted.push(id)
    return { status: 200, body: statusJson(status, true) }
  }

  async function route(incoming: Incoming): Promise<Reply> {
    const { method, pathname } = incoming
    const statusId = /^\/api\/v1\/statuses\/([^/]+)$/.exec(pathname)?.[1]
    const mediaId = /^\/api\/v1\/media\/([^/]+)$/.exec(pathname)?.[1]
    const accountId = /^\/api\/v1\/accounts\/([^/]+)\/statuses$/.exec(pathname)?.[1]
    if (method === 'GET' && pathname === '/api/v1/accounts/verify_credentials') return { status: 200, body: accountJson(true) }
    if (method === 'GET' && accountId) return accountStatuses(accountId, incoming.query)
    if (method === 'POST' && pathname === '/api/v2/media') return uploadMedia(incoming)
    if (method === 'GET' && mediaId) return getMedia(mediaId)
    if (method === 'POST' && pathname === '/api/v1/statuses') return createStatus(incoming)
    if (method === 'GET' && statusId)
      return statuses.has(statusId) ? { status: 200, body: statusJson(statuses.get(statusId)!) } : notFound()
    if (method === 'DELETE' && statusId) return deleteStatus(statusId)
    return error(404, 'Not found')
  }

  const isDeletion = (method: string, pathname: string) =>
    (method === 'DELETE' && /^\/api\/v1\/statuses\/[^/]+$/.test(pathname)) ||
    (method === 'POST' && /^\/api\/v1\/statuses\/[^/]+\/unreblog$/.test(pathname))

  /** Auth, then the rate limits (the one closest to exceeding in the headers), then the endpoint. */
  async function answer(incoming: Incoming): Promise<Reply> {
    if (revoked || incoming.headers.authorization !== `Bearer ${token}`) return error(401, 'The access token is invalid')
    const at = now()
    const windows = [hit(general, at)]
    if (isDeletion(incoming.method, incoming.pathname)) {
      const deletion = hit(deletions, at)
      if (deletion.exceeded) return { ...error(429, 'Too many requests'), headers: rateHeaders(deletion) }
      windows.push(deletion)
    }
    const closest = windows.reduce((a, b) => (b.remaining / b.limit < a.remaining / a.limit ? b : a))
    const reply = await route(incoming)
    return { ...reply, headers: { ...rateHeaders(closest), ...reply.headers } }
  }

  function send(response: ServerResponse, reply: Reply) {
    const body =
      reply.body === undefined || reply.body === '' ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
    const type = typeof reply.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8'
    response.writeHead(reply.status, { 'Content-Type': type, ...reply.headers })
    response.end(body)
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://fake.invalid')
    const method = request.method ?? 'GET'
    const logged: FakeRequest = {
      method,
      path: `${url.pathname}${url.search.replace(/access_token=[^&]*/g, 'access_token=[token]')}`,
      at: now(),
      status: 0,
    }
    requests.push(logged)
    const incoming: Incoming = {
      method,
      pathname: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: await readBody(request),
    }
    const fault = takeMatching(faults, method, url.pathname)
    if (fault) {
      logged.status = fault.fault.status
      return send(response, { body: { error: STATUS_CODES[fault.fault.status] ?? 'Error' }, ...fault.fault })
    }
    const reply = await answer(incoming)
    if (takeMatching(drops, method, url.pathname)) {
      logged.status = 'dropped'
      request.socket.destroy()
      return
    }
    logged.status = reply.status
    send(response, reply)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((failure: unknown) => {
      if (!response.headersSent) send(response, error(500, String(failure)))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: base,
    token,
    account: { id: account.id, username: account.username, acct: account.acct },
    statuses,
    media,
    deleted,
    requests,
    failNext: (pattern, fault) => void faults.push({ pattern, fault }),
    dropNext: (pattern) => void drops.push({ pattern }),
    revokeToken: () => {
      revoked = true
    },
    setMediaProcessing: (next) => {
      processing = next
    },
    advanceClock: (ms) => {
      offsetMs += ms
    },
    addStatus: ({ text, language = 'en', createdAt = now() }) =>
      makeStatus({ text, language, visibility: 'public', mediaIds: [], createdAt, key: null }),
    deletionWindow: () => {
      const { limit, remaining, reset } = hit(deletions, now(), false)
      return { limit, remaining, reset }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((failure) => (failure ? reject(failure) : resolve()))
      }),
  }
}
