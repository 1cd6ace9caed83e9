/**
 * A fake Graph API for one Facebook Page, on node:http (127.0.0.1, a free port), written from the docs:
 *
 * - Posting to a Page (POST /{page-id}/feed → {"id":"{page-id}_{post-id}"}, DELETE /{post-id} →
 *   {"success":true}): https://developers.facebook.com/docs/pages/publishing
 * - Page Feed (reading with fields/since/until/limit and cursors; publishing `message`, `attached_media`;
 *   read-after-write `fields`): https://developers.facebook.com/docs/graph-api/reference/page/feed
 *   and https://developers.facebook.com/docs/graph-api/reference/page/published_posts
 * - Page Photos and Photo (multipart `source`, `published=false` for an unpublished photo to attach,
 *   `alt_text_custom`, "a photo must be less than 10MB", error 324 "Missing or invalid image file"):
 *   https://developers.facebook.com/docs/graph-api/reference/page/photos,
 *   https://developers.facebook.com/docs/graph-api/reference/photo
 *   and https://developers.facebook.com/docs/graph-api/photo-uploads (multi-photo posts).
 * - Error shape {"error":{message,type,code,error_subcode,fbtrace_id}} and codes 190/102 (token),
 *   1/2 (service), 4/17/341 (throttling), 10/200-299 (permissions), 368 (policy block), 506 (duplicate
 *   post): https://developers.facebook.com/docs/graph-api/guides/error-handling. When a message counts as
 *   a duplicate is not documented: the fake's rule (same as the Page's latest post, within a window) is ours.
 * - Rate limits: code 32 for a throttled Page, the X-Business-Use-Case-Usage header
 *   {"{id}":[{type,call_count,total_cputime,total_time,estimated_time_to_regain_access}]} (minutes) and
 *   X-App-Usage {call_count,total_cputime,total_time}: https://developers.facebook.com/docs/graph-api/overview/rate-limiting
 *   and https://developers.facebook.com/blog/post/2016/06/16/page-level-rate-limits/
 *
 * Like the Graph, it answers nearly every error as HTTP 400. The token is accepted as
 * `Authorization: Bearer`/`OAuth`, or as an `access_token` query or body parameter; it is never logged.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type FakeFacebookOptions = {
  pageId?: string
  pageName?: string
  /** The valid Page token; a random one by default. */
  token?: string
  /** Path prefix of `graphUrl`; requests are accepted with or without it. */
  apiVersion?: string
  /** The fake's clock (post times, duplicate window, throttle windows); `advance` moves it further. */
  now?: () => Date
  /** The same message as the Page's latest post within this window is a duplicate (506). Default 24 h. */
  duplicateWindowMs?: number
}

/** A live post of the Page. */
export type FakePost = { id: string; message: string; photoIds: string[]; createdTime: Date }

/** An uploaded photo: `published: false` ones wait to be attached (`attachedTo` a post id). */
export type FakePhoto = {
  id: string
  filename: string
  mimeType: string
  bytes: number
  altText?: string
  caption?: string
  published: boolean
  attachedTo?: string
  createdTime: Date
}

/** One request as received, without any token. `tokenVia` says how the token came. */
export type FakeRequest = { method: string; path: string; query: string; tokenVia: 'header' | 'query' | 'body' | 'none'; at: Date }

/** Matches `"METHOD /path"` (the path without its version prefix, e.g. `POST /123/feed`): a string as a prefix. */
export type RoutePattern = string | RegExp

export type ScriptedAnswer = { status: number; body?: unknown; headers?: Record<string, string> }

export type GraphErrorOptions = { status?: number; message?: string; type?: string; headers?: Record<string, string> }

export type DeleteThrottle = {
  /** 32: the Page is throttled (X-Business-Use-Case-Usage, with the minutes to wait); 4: the app (X-App-Usage, no minutes). */
  code?: 4 | 32
  /** How long the throttle lasts once hit, on the fake's clock. Default 60. */
  windowMinutes?: number
}

export type FakeFacebook = {
  /** e.g. http://127.0.0.1:PORT/v21.0: the connector's `graphUrl`. */
  graphUrl: string
  pageId: string
  pageName: string
  token: string
  /** Live posts, oldest first (deleted ones leave). */
  posts: FakePost[]
  /** Every uploaded photo still there. */
  photos: FakePhoto[]
  /** Ids of deleted posts and photos, in order. */
  deleted: string[]
  requests: FakeRequest[]
  now: () => Date
  /** Moves the fake's clock forward. */
  advance: (ms: number) => void
  /** The next matching request gets this answer instead, and changes nothing. */
  failNext: (pattern: RoutePattern, answer: ScriptedAnswer) => void
  /** The next matching request gets a Graph-shaped error (HTTP 400 unless told), and changes nothing. */
  failNextWithCode: (pattern: RoutePattern, code: number, subcode?: number, options?: GraphErrorOptions) => void
  /** The next matching request is carried out (the post is made), then its socket is destroyed unanswered. */
  dropNext: (pattern: RoutePattern) => void
  /** From now on every request answers 400, code 190 (OAuthException, subcode 463: expired). */
  expireToken: () => void
  /** After `allowed` more deletions, deletes are throttled until the window has passed on the fake's clock. */
  throttleDeletes: (allowed: number, options?: DeleteThrottle) => void
  close: () => Promise<void>
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> }
type Params = Map<string, unknown>
type Fault = { pattern: RoutePattern; kind: 'answer'; answer: Answer } | { pattern: RoutePattern; kind: 'drop' }

const MAX_PHOTO_BYTES = 10 * 1024 * 1024
const MAX_MESSAGE = 63_206

/** Usual messages and types for the codes a test asks for (the error-handling guide's names). */
const CODE_TEXT: Record<number, { message: string; type?: string }> = {
  1: { message: 'An unknown error has occurred.' },
  2: { message: 'An unexpected error has occurred. Please retry your request later.' },
  4: { message: '(#4) Application request limit reached' },
  10: { message: '(#10) Application does not have permission for this action' },
  17: { message: '(#17) User request limit reached' },
  32: { message: '(#32) Page request limit reached' },
  100: { message: '(#100) Invalid parameter' },
  102: { message: 'Session key invalid or no longer valid' },
  190: { message: 'Invalid OAuth access token.' },
  200: { message: '(#200) Permissions error' },
  341: { message: '(#341) Application limit reached' },
  368: { message: '(#368) The action attempted has been deemed abusive or is otherwise disallowed' },
  506: { message: '(#506) Duplicate status message' },
  613: { message: '(#613) Calls to this api have exceeded the rate limit.' },
  80001: { message: '(#80001) There have been too many calls to this Page account. Wait a bit and try again.' },
}

function graphError(code: number, message?: string, subcode?: number, options: GraphErrorOptions = {}): Answer {
  const error = {
    message: options.message ?? message ?? CODE_TEXT[code]?.message ?? `(#${code}) Error`,
    type: options.type ?? (code === 100 && subcode === 33 ? 'GraphMethodException' : 'OAuthException'),
    code,
    ...(subcode !== undefined ? { error_subcode: subcode } : {}),
    fbtrace_id: randomBytes(8).toString('base64url'),
  }
  const headers: Record<string, string> =
    code === 190 ? { 'www-authenticate': `OAuth "Facebook Platform" "invalid_token" "${error.message}"` } : {}
  return { status: options.status ?? 400, body: { error }, headers: { ...headers, ...options.headers } }
}

const missingObject = (method: string, id: string) =>
  graphError(
    100,
    `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    33,
  )

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Graph times look like 2019-05-17T16:24:04+0000. */
const graphTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, '+0000')

function parseTime(value: string | null): number | undefined {
  if (!value) return undefined
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}

function matches(pattern: RoutePattern, key: string): boolean {
  return typeof pattern === 'string' ? key.startsWith(pattern) : pattern.test(key)
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The body's parameters: form-urlencoded, JSON or multipart (files come back as `File`). */
async function parseBody(contentType: string, body: Buffer): Promise<Params | undefined> {
  const params: Params = new Map()
  if (body.length === 0) return params
  if (contentType.startsWith('application/json')) {
    const parsed: unknown = JSON.parse(body.toString('utf8'))
    if (!isObject(parsed)) return undefined
    for (const [key, value] of Object.entries(parsed)) params.set(key, value)
  } else if (contentType.startsWith('multipart/form-data')) {
    const form = await new Request('http://fake', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    }).formData()
    for (const [key, value] of form.entries()) params.set(key, value)
  } else {
    for (const [key, value] of new URLSearchParams(body.toString('utf8'))) params.set(key, value)
  }
  return params
}

function tokenOf(req: IncomingMessage, query: URLSearchParams, params: Params): { token?: string; via: FakeRequest['tokenVia'] } {
  const header = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(req.headers.authorization ?? '')
  if (header) return { token: header[1].trim(), via: 'header' }
  if (query.has('access_token')) return { token: query.get('access_token') ?? '', via: 'query' }
  const fromBody = params.get('access_token')
  if (typeof fromBody === 'string') return { token: fromBody, via: 'body' }
  return { via: 'none' }
}

/** `attached_media` as one JSON array, or as `attached_media[i]` entries each `{"media_fbid":"…"}`. */
function attachedMediaIds(params: Params): string[] | Answer {
  const asValue = (raw: unknown): unknown => {
    if (typeof raw !== 'string') return raw
    try {
      return JSON.parse(raw)
    } catch {
      return raw
    }
  }
  const refs: unknown[] = []
  if (params.has('attached_media')) {
    const whole = asValue(params.get('attached_media'))
    refs.push(...(Array.isArray(whole) ? whole : [whole]))
  }
  const indexed = [...params.keys()]
    .map((key) => ({ key, index: /^attached_media\[(\d+)\]$/.exec(key)?.[1] }))
    .filter((entry) => entry.index !== undefined)
    .sort((a, b) => Number(a.index) - Number(b.index))
  for (const { key } of indexed) refs.push(asValue(params.get(key)))
  const ids: string[] = []
  for (const [index, ref] of refs.entries()) {
    const id = isObject(ref) ? ref.media_fbid : undefined
    if (typeof id !== 'string' && typeof id !== 'number')
      return graphError(100, `(#100) param attached_media[${index}] must be an object with a media_fbid`)
    ids.push(String(id))
  }
  return ids
}

function requestedFields(value: unknown, fallback: string[]): Set<string> {
  const fields = typeof value === 'string' ? value.split(',').map((field) => field.trim()) : fallback
  return new Set(fields.filter(Boolean))
}

function write(res: ServerResponse, answer: Answer): void {
  const isText = typeof answer.body === 'string'
  const body = isText ? (answer.body as string) : JSON.stringify(answer.body ?? {})
  res.writeHead(answer.status, {
    'content-type': isText ? 'text/html; charset=utf-8' : 'application/json; charset=UTF-8',
    ...answer.headers,
  })
  res.end(body)
}

export async function startFakeFacebook(options: FakeFacebookOptions = {}): Promise<FakeFacebook> {
  const pageId = options.pageId ?? '104857600000001'
  const pageName = options.pageName ?? 'Balises Test Page'
  const token = options.token ?? `EAAfake${randomBytes(24).toString('hex')}`
  const apiVersion = options.apiVersion ?? 'v21.0'
  const duplicateWindowMs = options.duplicateWindowMs ?? 24 * 60 * 60_000
  const clock = options.now ?? (() => new Date())
  let offsetMs = 0
  const now = () => new Date(clock().getTime() + offsetMs)

  const posts: FakePost[] = []
  const photos: FakePhoto[] = []
  const deleted: string[] = []
  const requests: FakeRequest[] = []
  const faults: Fault[] = []
  let tokenExpired = false
  let throttle: { allowed: number; done: number; code: 4 | 32; windowMs: number; blockedUntil?: number } | undefined
  let lastId = 900_000_000_000
  const nextId = () => String(++lastId)
  let graphUrl = ''

  const postById = (id: string) => posts.find((post) => post.id === id)
  const photoById = (id: string) => photos.find((photo) => photo.id === id)
  const permalink = (post: FakePost) => `https://www.facebook.com/${pageId}/posts/${post.id.split('_')[1]}`

  function postFields(post: FakePost, fields: Set<string>): Record<string, unknown> {
    const all: Record<string, unknown> = {
      id: post.id,
      message: post.message || undefined,
      created_time: graphTime(post.createdTime),
      permalink_url: permalink(post),
    }
    return Object.fromEntries(Object.entries(all).filter(([field, value]) => fields.has(field) && value !== undefined))
  }

  function tokenProblem(given: string | undefined): Answer | undefined {
    if (given === undefined) return graphError(104, 'An access token is required to request this resource.')
    if (given !== token) return graphError(190, 'Invalid OAuth access token - Cannot parse access token')
    if (tokenExpired) return graphError(190, `Error validating access token: Session has expired on ${now().toUTCString()}.`, 463)
    return undefined
  }

  function readPage(query: URLSearchParams): Answer {
    const fields = requestedFields(query.get('fields'), ['id', 'name'])
    const all: Record<string, unknown> = { id: pageId, name: pageName }
    return { status: 200, body: Object.fromEntries(Object.entries(all).filter(([field]) => fields.has(field))) }
  }

  function readObject(id: string, query: URLSearchParams): Answer {
    const post = postById(id)
    if (post) return { status: 200, body: postFields(post, requestedFields(query.get('fields'), ['id', 'message', 'created_time'])) }
    const photo = photoById(id)
    if (photo) return { status: 200, body: { id: photo.id, created_time: graphTime(photo.createdTime), alt_text_custom: photo.altText } }
    return missingObject('GET', id)
  }

  function readFeed(edge: string, query: URLSearchParams): Answer {
    const fields = requestedFields(query.get('fields'), ['id', 'message', 'created_time'])
    const since = parseTime(query.get('since'))
    const until = parseTime(query.get('until'))
    const limit = Math.min(100, Math.max(1, Number(query.get('limit')) || 25))
    const offset = Number(Buffer.from(query.get('after') ?? '', 'base64url').toString() || 0)
    const newestFirst = [...posts].reverse()
    const inRange = newestFirst.filter(
      (post) =>
        (since === undefined || post.createdTime.getTime() >= since) && (until === undefined || post.createdTime.getTime() <= until),
    )
    const slice = inRange.slice(offset, offset + limit)
    const cursor = (at: number) => Buffer.from(String(at)).toString('base64url')
    const more = offset + limit < inRange.length
    const next = new URLSearchParams(query)
    next.set('after', cursor(offset + limit))
    const paging = slice.length
      ? {
          cursors: { before: cursor(offset), after: cursor(offset + limit) },
          // The real `next` carries the access token; the fake's never does.
          ...(more ? { next: `${graphUrl}/${pageId}/${edge}?${next}` } : {}),
        }
      : undefined
    return { status: 200, body: { data: slice.map((post) => postFields(post, fields)), ...(paging ? { paging } : {}) } }
  }

  function uploadPhoto(params: Params): Answer {
    const source = params.get('source')
    if (!(source instanceof File)) return graphError(324, '(#324) Requires upload file')
    if (source.size >= MAX_PHOTO_BYTES) return graphError(100, '(#100) A photo must be less than 10MB in size')
    const published = String(params.get('published') ?? 'true') !== 'false'
    const caption = typeof params.get('caption') === 'string' ? (params.get('caption') as string) : undefined
    const altText = params.get('alt_text_custom')
    const photo: FakePhoto = {
      id: nextId(),
      filename: source.name,
      mimeType: source.type,
      bytes: source.size,
      altText: typeof altText === 'string' ? altText : undefined,
      caption,
      published,
      createdTime: now(),
    }
    photos.push(photo)
    if (!published) return { status: 200, body: { id: photo.id } }
    // A published photo is a post of its own ("the API returns the photo id as well as the post_id").
    const post: FakePost = { id: `${pageId}_${nextId()}`, message: caption ?? '', photoIds: [photo.id], createdTime: now() }
    posts.push(post)
    photo.attachedTo = post.id
    return { status: 200, body: { id: photo.id, post_id: post.id } }
  }

  function isDuplicate(message: string): boolean {
    const latest = posts.at(-1)
    return Boolean(message) && latest?.message === message && now().getTime() - latest.createdTime.getTime() < duplicateWindowMs
  }

  function createPost(params: Params, query: URLSearchParams): Answer {
    const message = typeof params.get('message') === 'string' ? (params.get('message') as string) : ''
    const photoIds = attachedMediaIds(params)
    if (!Array.isArray(photoIds)) return photoIds
    if (!message && photoIds.length === 0) return graphError(100, '(#100) Missing message or attachment')
    if (message.length > MAX_MESSAGE) return graphError(100, '(#100) The message is too long')
    for (const [index, id] of photoIds.entries()) {
      const photo = photoById(id)
      if (!photo || photo.published || photo.attachedTo)
        return graphError(100, `(#100) param attached_media[${index}] has an invalid media_fbid: ${id}`)
    }
    if (isDuplicate(message)) return graphError(506)
    const post: FakePost = { id: `${pageId}_${nextId()}`, message, photoIds, createdTime: now() }
    posts.push(post)
    for (const id of photoIds) photoById(id)!.attachedTo = post.id
    const fields = requestedFields(params.get('fields') ?? query.get('fields'), ['id'])
    fields.add('id')
    return { status: 200, body: postFields(post, fields) }
  }

  function throttled(): Answer | undefined {
    if (!throttle || throttle.done < throttle.allowed) return undefined
    const at = now().getTime()
    throttle.blockedUntil ??= at + throttle.windowMs
    if (at >= throttle.blockedUntil) {
      throttle.done = 0
      throttle.blockedUntil = undefined
      return undefined
    }
    const minutes = Math.ceil((throttle.blockedUntil - at) / 60_000)
    const headers: Record<string, string> =
      throttle.code === 32
        ? {
            'x-business-use-case-usage': JSON.stringify({
              [pageId]: [{ type: 'pages', call_count: 100, total_cputime: 14, total_time: 17, estimated_time_to_regain_access: minutes }],
            }),
          }
        : { 'x-app-usage': JSON.stringify({ call_count: 100, total_cputime: 9, total_time: 11 }) }
    return graphError(throttle.code, undefined, undefined, { headers })
  }

  function deleteObject(id: string): Answer {
    const blocked = throttled()
    if (blocked) return blocked
    const postIndex = posts.findIndex((post) => post.id === id)
    const photoIndex = photos.findIndex((photo) => photo.id === id)
    if (postIndex < 0 && photoIndex < 0) return missingObject('DELETE', id)
    if (postIndex >= 0) posts.splice(postIndex, 1)
    else photos.splice(photoIndex, 1)
    deleted.push(id)
    if (throttle) throttle.done++
    return { status: 200, body: { success: true } }
  }

  function route(method: string, segments: string[], query: URLSearchParams, params: Params): Answer {
    const [id, edge, ...rest] = segments
    if (id && !edge) {
      if (method === 'GET') return id === pageId ? readPage(query) : readObject(id, query)
      if (method === 'DELETE') return deleteObject(id)
    }
    if (id === pageId && edge && rest.length === 0) {
      if (method === 'POST' && edge === 'photos') return uploadPhoto(params)
      if (method === 'POST' && edge === 'feed') return createPost(params, query)
      if (method === 'GET' && ['feed', 'posts', 'published_posts'].includes(edge)) return readFeed(edge, query)
    }
    return graphError(2500, `Unknown path components: /${segments.join('/')}`)
  }

  function takeFault(key: string): Fault | undefined {
    const index = faults.findIndex((fault) => matches(fault.pattern, key))
    return index < 0 ? undefined : faults.splice(index, 1)[0]
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', 'http://fake')
    const segments = url.pathname.split('/').filter(Boolean)
    if (/^v\d+\.\d+$/.test(segments[0] ?? '')) segments.shift()
    const body = await readBody(req)
    const params = await parseBody(req.headers['content-type'] ?? '', body).catch(() => undefined)
    const query = new URLSearchParams(url.searchParams)
    query.delete('access_token')
    const { token: given, via } = tokenOf(req, url.searchParams, params ?? new Map())
    requests.push({ method, path: url.pathname, query: query.toString(), tokenVia: via, at: now() })

    const fault = takeFault(`${method} /${segments.join('/')}`)
    if (fault?.kind === 'answer') return write(res, fault.answer)
    const answer = params
      ? (tokenProblem(given) ?? route(method, segments, query, params))
      : graphError(100, '(#100) The request body could not be parsed')
    if (fault?.kind === 'drop') {
      req.socket.destroy()
      return
    }
    write(res, answer)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      write(res, graphError(1, `fake Graph API failed: ${(error as Error).message}`, undefined, { status: 500 })),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  graphUrl = `http://127.0.0.1:${port}/${apiVersion}`

  return {
    graphUrl,
    pageId,
    pageName,
    token,
    posts,
    photos,
    deleted,
    requests,
    now,
    advance: (ms) => {
      offsetMs += ms
    },
    failNext: (pattern, answer) =>
      faults.push({ pattern, kind: 'answer', answer: { status: answer.status, body: answer.body ?? {}, headers: answer.headers } }),
    failNextWithCode: (pattern, code, subcode, errorOptions) =>
      faults.push({ pattern, kind: 'answer', answer: graphError(code, undefined, subcode, errorOptions) }),
    dropNext: (pattern) => faults.push({ pattern, kind: 'drop' }),
    expireToken: () => {
      tokenExpired = true
    },
    throttleDeletes: (allowed, throttleOptions = {}) => {
      throttle = { allowed, done: 0, code: throttleOptions.code ?? 32, windowMs: (throttleOptions.windowMinutes ?? 60) * 60_000 }
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}
