import { Forbidden, type Payload, type PayloadRequest, type Where } from 'payload'

import { rhythmQueryRange, type Target } from '../../calendar/rhythm'
import { dayKey, dayRangeInstants } from '../time/zonedTime'
import type { BalisesUser, CategoryDoc, ConsentDoc, PostDoc } from '../types'
import { toDayInstant } from '../time/storedDay'
import { shownWithin } from '../publication/shownAt'
import { CHANNELS } from '../channels'
import { isBalisesUser } from '../access/isBalisesUser'
import { mayManagePersonalData } from '../access/mayManagePersonalData'
import {
  buildMeetingDigest,
  CONSENT_WINDOW_DAYS,
  digestPeriod,
  rhythmDays,
  type ConsentFact,
  type MeetingDigest,
  type PostFact,
} from './meetingDigest'
import { slugsOf } from '../slugs'
import { loadPolicy } from '../policy/loadPolicy'

const DAY_MS = 86_400_000
const POST_SELECT = {
  title: true,
  workflowStatus: true,
  publishAt: true,
  publishedAt: true,
  channels: true,
  category: true,
  overrides: true,
} as const

/**
 * Loads the meeting digest (GOV-2) as the person asking: every read passes `user` with
 * overrideAccess: false; posts are read with `draft: true` (the latest version holds the workflow
 * state). Consents are asked for only when the person may read them (PRIV-4: responsable, admin);
 * for anyone else the digest's consents section is reserved and no consent is read.
 * Refuses (Forbidden) without a signed-in person who has a Balises role.
 */
export async function loadMeetingDigest(
  payload: Payload,
  user: PayloadRequest['user'] | null | undefined,
  now: Date = new Date(),
): Promise<MeetingDigest> {
  if (!user || !isBalisesUser(user)) throw new Forbidden()
  const as = { user, overrideAccess: false as const }

  const policy = await loadPolicy({ payload }, { as: user })
  const { timeZone } = policy
  const meetings = await payload.find({
    collection: slugsOf(payload).meetings,
    where: { date: { less_than: now.toISOString() } },
    sort: '-date',
    limit: 1,
    depth: 0,
    ...as,
  })
  const period = digestPeriod(
    meetings.docs.map((meeting) => ({ id: meeting.id, date: meeting.date, title: meeting.title ?? null })),
    now,
  )
  const from = period.from.toISOString()
  const to = period.to.toISOString()
  const inPeriod = (field: string): Where => ({ and: [{ [field]: { greater_than_equal: from } }, { [field]: { less_than: to } }] })

  const days = rhythmDays(period, timeZone)
  const weeks = rhythmQueryRange(days.fromDay, days.toDay)
  const weekInstants = dayRangeInstants(weeks.fromDay, weeks.toDay, timeZone)
  const findPosts = (where: Where) =>
    payload.find({
      collection: slugsOf(payload).posts,
      draft: true,
      depth: 1,
      pagination: false,
      limit: 0,
      select: POST_SELECT,
      where,
      ...as,
    })

  const fromDay = toDayInstant(dayKey(period.from, timeZone))!
  const toDay = toDayInstant(dayKey(period.to, timeZone))!
  const lastSnapshot = (channel: string, onOrBefore: string) =>
    payload.find({
      collection: slugsOf(payload).audienceSnapshots,
      where: { and: [{ channel: { equals: channel } }, { date: { less_than_equal: onOrBefore } }] },
      sort: '-date',
      limit: 1,
      depth: 0,
      ...as,
    })

  const [inWeeks, undated, overridden, snapshots, moderation, helpRequests, consents] = await Promise.all([
    // Published posts at the moment they went out, the others at their planned one.
    findPosts(shownWithin(weekInstants.start, weekInstants.end)),
    findPosts({
      and: [{ workflowStatus: { equals: 'approved' } }, { or: [{ publishAt: { exists: false } }, { publishAt: { equals: null } }] }],
    }),
    findPosts(inPeriod('overrides.at')),
    Promise.all(CHANNELS.flatMap((channel) => [lastSnapshot(channel, fromDay), lastSnapshot(channel, toDay)])),
    payload.find({
      collection: slugsOf(payload).moderationLog,
      where: inPeriod('removedAt'),
      sort: 'removedAt',
      depth: 0,
      pagination: false,
      limit: 0,
      ...as,
    }),
    payload.count({ collection: slugsOf(payload).helpRequests, where: inPeriod('receivedAt'), ...as }),
    mayManagePersonalData(user) ? loadExpiringConsents(payload, user, now) : Promise.resolve(null),
  ])

  return buildMeetingDigest({
    now,
    timeZone,
    meetings: period.meeting ? [period.meeting] : [],
    posts: [...inWeeks.docs, ...undated.docs, ...overridden.docs].map((post) => toPostFact(post as PostDoc)),
    targets: (policy.frequency ?? []) as Target[],
    snapshots: snapshots.flatMap((result) =>
      result.docs.map((snapshot) => ({
        channel: snapshot.channel,
        date: snapshot.date,
        followers: snapshot.followers,
        pageLikes: snapshot.pageLikes ?? null,
      })),
    ),
    moderation: moderation.docs.map((event) => ({
      id: event.id,
      channel: event.channel,
      removedAt: event.removedAt,
      reason: event.reason,
      description: event.description,
    })),
    helpRequestCount: helpRequests.totalDocs,
    consents,
  })
}

async function loadExpiringConsents(payload: Payload, user: NonNullable<PayloadRequest['user']>, now: Date): Promise<ConsentFact[]> {
  const { docs } = await payload.find({
    collection: slugsOf(payload).consents,
    where: {
      and: [
        { expiresAt: { greater_than: now.toISOString() } },
        { expiresAt: { less_than_equal: new Date(now.getTime() + CONSENT_WINDOW_DAYS * DAY_MS).toISOString() } },
        { revokedAt: { exists: false } },
      ],
    },
    sort: 'expiresAt',
    depth: 1,
    pagination: false,
    limit: 0,
    select: { person: true, scopes: true, expiresAt: true },
    user,
    overrideAccess: false,
  })
  return (docs as ConsentDoc[]).map((consent) => ({
    id: consent.id,
    expiresAt: consent.expiresAt as string,
    scopes: consent.scopes ?? [],
    personName: consent.person && typeof consent.person === 'object' ? (consent.person.fullName ?? null) : null,
  }))
}

function toPostFact(post: PostDoc): PostFact {
  const category = post.category && typeof post.category === 'object' ? (post.category as CategoryDoc) : null
  return {
    id: post.id,
    title: post.title,
    workflowStatus: post.workflowStatus,
    publishAt: post.publishAt ?? null,
    publishedAt: post.publishedAt ?? null,
    channels: (post.channels ?? []).map((row) => row.channel),
    category: category ? { code: category.code, labelFr: category.labelFr, labelEn: category.labelEn } : null,
    overrides: (post.overrides ?? []).map((override) => {
      const by = override.by
      const person = by && typeof by === 'object' ? (by as BalisesUser) : null
      return {
        rule: override.rule,
        justification: override.justification,
        byName: person ? person.name || person.email : null,
        byId: person ? person.id : ((by as number | string | null | undefined) ?? null),
        at: override.at ?? null,
      }
    }),
  }
}
