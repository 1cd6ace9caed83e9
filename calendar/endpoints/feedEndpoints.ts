import type { Endpoint, PayloadRequest } from 'payload'

import type { CategoryDoc, PostDoc } from '../../src/types'
import { isBalisesUser } from '../../src/access/isBalisesUser'
import { runtimeOptionsOf } from '../../src/runtimeOptions'
import { buildFeed } from '../feed/buildFeed'
import { feedOrigin } from '../feed/feedOrigin'
import { hashFeedToken, looksLikeFeedToken, newFeedToken } from '../feed/token'
import { addDays } from '../../src/time/days'
import { dayKey, dayRangeInstants } from '../../src/time/zonedTime'
import { calendarAccess, language } from './auth'
import { findPostsInRange } from './calendarPosts'
import { slugsOf } from '../../src/slugs'
import { loadPolicy } from '../../src/policy/loadPolicy'

const FEED_PATH = '/calendar/feed.ics'
const PAST_DAYS = 90
const FUTURE_DAYS = 400
const IN_THE_FEED: PostDoc['workflowStatus'][] = ['draft', 'in_review', 'approved', 'scheduled', 'published']

function origin(req: PayloadRequest): string {
  return feedOrigin({
    serverURL: req.payload.config.serverURL,
    url: req.url,
    headers: req.headers,
    trustProxy: runtimeOptionsOf(req).trustProxy,
  })
}

function feedURL(req: PayloadRequest, token: string): string {
  return `${origin(req)}${req.payload.config.routes.api}${FEED_PATH}?token=${token}`
}

/** This endpoint takes no input: a request carrying a body is refused rather than half-understood. */
async function hasBody(req: PayloadRequest): Promise<boolean> {
  if (typeof req.text !== 'function') return false
  try {
    return (await req.text()).length > 0
  } catch {
    return true
  }
}

/**
 * POST /api/calendar/feed-token: a new secret feed address for the signed-in person (the old one
 * stops working); DELETE revokes it. The token is returned once; only its hash is kept.
 */
export const feedTokenEndpoints: Endpoint[] = [
  {
    path: '/calendar/feed-token',
    method: 'post',
    handler: async (req) => {
      const refused = calendarAccess(req)
      if (refused) return refused
      if (await hasBody(req)) {
        return Response.json({ errors: [{ message: req.t('error:invalidRequestArgs', { args: 'body' }) }] }, { status: 400 })
      }
      const { token, hash } = newFeedToken()
      await req.payload.update({
        collection: slugsOf(req).users,
        id: req.user!.id,
        data: { calendarFeedTokenHash: hash },
        overrideAccess: true,
        req,
      })
      return Response.json({ url: feedURL(req, token) })
    },
  },
  {
    path: '/calendar/feed-token',
    method: 'delete',
    handler: async (req) => {
      const refused = calendarAccess(req)
      if (refused) return refused
      await req.payload.update({
        collection: slugsOf(req).users,
        id: req.user!.id,
        data: { calendarFeedTokenHash: null },
        overrideAccess: true,
        req,
      })
      return Response.json({ revoked: true })
    },
  },
]

const unauthorized = () => new Response('Unauthorized', { status: 401, headers: { 'content-type': 'text/plain' } })

/**
 * GET /api/calendar/feed.ics?token=…[&channel=…&category=…]: the person's calendar feed, read
 * with that person's access. A missing or wrong token gets 401 and nothing else.
 */
export const feedEndpoint: Endpoint = {
  path: FEED_PATH,
  method: 'get',
  handler: async (req) => {
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const token = params.get('token')
    if (!looksLikeFeedToken(token)) return unauthorized()
    const { payload } = req
    const owners = await payload.find({
      collection: slugsOf(payload).users,
      where: { calendarFeedTokenHash: { equals: hashFeedToken(token) } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: false,
    })
    const owner = owners.docs[0]
    // A feed token gives no access of its own: an account whose roles were all removed loses its feed.
    if (!owner || !isBalisesUser(owner)) return unauthorized()
    req.user = { ...owner, collection: slugsOf(payload).users } as typeof req.user

    const { timeZone: zone } = await loadPolicy({ payload })
    const today = dayKey(new Date(), zone)
    const { start, end } = dayRangeInstants(addDays(today, -PAST_DAYS), addDays(today, FUTURE_DAYS), zone)
    const channel = params.get('channel')?.split(',').filter(Boolean)
    const category = params.get('category')?.split(',').filter(Boolean)
    const posts = await findPostsInRange(req, start, end, {
      channel: channel as never,
      category,
      status: IN_THE_FEED,
    })
    const categories = await payload.find({
      collection: slugsOf(payload).categories,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const body = buildFeed({
      posts,
      categories: new Map((categories.docs as CategoryDoc[]).map((doc) => [String(doc.id), doc])),
      zone,
      language: language(req),
      adminURL: `${origin(req)}${payload.config.routes.admin}`,
      postsSlug: slugsOf(payload).posts,
      host: new URL(origin(req)).host,
    })
    return new Response(body, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'inline; filename="balises.ics"',
        'cache-control': 'private, max-age=300',
      },
    })
  },
}
