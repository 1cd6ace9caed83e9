import type { Endpoint, PayloadRequest } from 'payload'

import type { CategoryDoc, PostDoc } from '../../src/types'
import type { Channel } from '../../src/channels'
import { keyDatesInRange } from '../keyDates'
import { mayMoveOnCalendar } from '../movePermission'
import { parseRangeQuery } from '../range'
import { computeRhythm, rhythmQueryRange, type Target } from '../rhythm'
import { dayKey, dayRangeInstants, toWallClock } from '../../src/time/zonedTime'
import { toDayInstant } from '../../src/time/storedDay'
import { shownAt } from '../../src/publication/shownAt'
import { calendarAccess, language } from './auth'
import { findPostsInRange, findTrayPosts } from './calendarPosts'
import { findDeliveriesOf } from './calendarDeliveries'
import type { EventDelivery } from '../deliverySummary'
import { slugsOf } from '../../src/slugs'
import { loadPolicy } from '../../src/policy/loadPolicy'

export type CalendarEvent = {
  id: number | string
  title: string
  /** Wall-clock time in the policy's zone, `YYYY-MM-DDTHH:mm:ss`: when it went out (published) or is planned. */
  start: string
  publishAt: string
  /** CAT-6: the offer's last day, `YYYY-MM-DD` (it goes offline when that day ends); null for other posts. */
  closesOn: string | null
  status: PostDoc['workflowStatus']
  channels: Channel[]
  category: { id: number | string; code: string; label: string; color: string } | null
  authorId: number | string | null
  /** Whether this person is offered to drag it (the move itself is checked again on the server). */
  movable: boolean
  /** Issue 15: where it went, one entry per network, as far as this person may read deliveries. */
  deliveries: EventDelivery[]
}

async function calendarSettings(req: PayloadRequest) {
  const policy = await loadPolicy(req)
  const categories = await req.payload.find({
    collection: slugsOf(req).categories,
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return {
    zone: policy.timeZone,
    targets: (policy.frequency ?? []) as Target[],
    keyDates: (policy.keyDates ?? []).map((row) => ({ label: row.label, date: row.date, yearly: row.yearly })),
    categories: new Map((categories.docs as CategoryDoc[]).map((category) => [String(category.id), category])),
  }
}

function toEvent(
  post: PostDoc,
  zone: string,
  categories: Map<string, CategoryDoc>,
  lang: 'fr' | 'en',
  user: PayloadRequest['user'],
  deliveries: EventDelivery[] = [],
): CalendarEvent {
  const category = post.category ? categories.get(String(typeof post.category === 'object' ? post.category.id : post.category)) : undefined
  const at = shownAt(post)
  return {
    id: post.id,
    title: post.title,
    start: at ? toWallClock(at, zone) : '',
    publishAt: post.publishAt ?? '',
    closesOn: category?.code === 'CAT-6' && post.closingDate ? (toDayInstant(post.closingDate)?.slice(0, 10) ?? null) : null,
    status: post.workflowStatus,
    channels: (post.channels ?? []).map((row) => row.channel),
    category: category
      ? { id: category.id, code: category.code, label: lang === 'en' ? category.labelEn : category.labelFr, color: category.color }
      : null,
    authorId: post.author ? (typeof post.author === 'object' ? post.author.id : post.author) : null,
    movable: mayMoveOnCalendar(post.workflowStatus, user),
    deliveries,
  }
}

/**
 * GET /api/calendar/events?from&to[&channel&category&status&author]: the posts of the range (in
 * the policy's zone) with their deliveries per network, the tray of undated posts, the rhythm of the
 * whole weeks (FREQ-1) and the key dates. Read with the person's own access.
 */
export const eventsEndpoint: Endpoint = {
  path: '/calendar/events',
  method: 'get',
  handler: async (req) => {
    const refused = calendarAccess(req)
    if (refused) return refused
    const lang = language(req)
    const settings = await calendarSettings(req)
    const parsed = parseRangeQuery(Object.fromEntries(new URL(req.url ?? '', 'http://localhost').searchParams), settings.zone)
    if (!parsed.ok) {
      return Response.json({ errors: parsed.errors.map((error) => ({ path: error.path, message: error.message[lang] })) }, { status: 400 })
    }
    const query = parsed.value
    const weeks = rhythmQueryRange(query.fromDay, query.toDay)
    const { start: weeksStart, end: weeksEnd } = dayRangeInstants(weeks.fromDay, weeks.toDay, settings.zone)
    const [inWeeks, tray] = await Promise.all([findPostsInRange(req, weeksStart, weeksEnd, query), findTrayPosts(req, query)])
    const inRange = (at: string | null) => Boolean(at) && new Date(at as string) >= query.start && new Date(at as string) < query.end
    const shown = inWeeks.filter((post) => inRange(shownAt(post)))
    const deliveries = await findDeliveriesOf(req, shown)
    const events = shown.map((post) => toEvent(post, settings.zone, settings.categories, lang, req.user, deliveries.get(String(post.id))))
    const rhythm = computeRhythm({
      posts: inWeeks.map((post) => ({
        id: post.id,
        publishAt: shownAt(post) as string,
        channels: (post.channels ?? []).map((row) => row.channel),
        workflowStatus: post.workflowStatus,
      })),
      targets: settings.targets,
      fromDay: weeks.fromDay,
      toDay: weeks.toDay,
      zone: settings.zone,
      today: dayKey(new Date(), settings.zone),
    })
    return Response.json({
      timeZone: settings.zone,
      range: { fromDay: query.fromDay, toDay: query.toDay },
      events,
      tray: tray.map((post) => toEvent(post, settings.zone, settings.categories, lang, req.user)),
      rhythm,
      keyDates: keyDatesInRange({ fromDay: query.fromDay, toDay: query.toDay, policyKeyDates: settings.keyDates, zone: settings.zone }),
    })
  },
}
