/**
 * GOV-2: the « médias sociaux » item of the team meeting, built from facts already loaded (pure: no
 * database, no clock). The period runs from the last meeting strictly before `now` (or 14 days
 * back when none was recorded) to `now`; events count when `from` ≤ instant < `to`.
 */
import { MODERATION_REASONS } from '../../collections/ModerationLog'
import { computeRhythm, type Target, type WeekRhythm } from '../../calendar/rhythm'
import { shownAt } from '../publication/shownAt'
import { dayKey, parseIsoInstant } from '../time/zonedTime'
import { CHANNELS, type Channel } from '../channels'
import type { WorkflowStatus } from '../workflow'

export const DEFAULT_PERIOD_DAYS = 14
export const UPCOMING_DAYS = 14
export const CONSENT_WINDOW_DAYS = 30
export type ModerationReason = (typeof MODERATION_REASONS)[number]

const DAY_MS = 86_400_000

export type MeetingFact = { id: number | string; date: string; title?: string | null }

export type CategoryFact = { code: string; labelFr: string; labelEn: string }

export type OverrideFact = {
  rule: string
  justification: string
  /** The person's name, or null when the reader may not see who it was. */
  byName: string | null
  byId: number | string | null
  at: string | null
}

export type PostFact = {
  id: number | string
  title: string
  workflowStatus: WorkflowStatus
  publishAt: string | null
  /** When it went out (published posts). */
  publishedAt?: string | null
  channels: Channel[]
  category: CategoryFact | null
  overrides: OverrideFact[]
}

export type SnapshotFact = { channel: Channel; date: string; followers: number; pageLikes?: number | null }

export type ModerationFact = {
  id: number | string
  channel: Channel
  removedAt: string
  reason: ModerationReason
  description: string
}

export type ConsentFact = { id: number | string; expiresAt: string; scopes: Channel[]; personName: string | null }

export type DigestFacts = {
  now: Date
  timeZone: string
  /** Recorded meetings; only those strictly before `now` can open the period. */
  meetings: readonly MeetingFact[]
  /** A superset: posts of the rhythm weeks, undated approved posts, posts overridden in the period. */
  posts: readonly PostFact[]
  targets: readonly Target[]
  snapshots: readonly SnapshotFact[]
  moderation: readonly ModerationFact[]
  helpRequestCount: number
  /** Null when the reader may not see consents (PRIV-4): the section is then reserved. */
  consents: readonly ConsentFact[] | null
}

export type DigestPeriod = {
  from: Date
  to: Date
  /** `meeting`: since the last meeting; `default`: no meeting before now, the last 14 days. */
  source: 'meeting' | 'default'
  meeting: MeetingFact | null
}

export type DigestPost = {
  id: number | string
  title: string
  workflowStatus: WorkflowStatus
  /** When it went out (published) or is planned to (upcoming): src/publication/shownAt.ts. */
  at: string
  channels: Channel[]
  category: CategoryFact | null
}

export type AudienceRow = {
  channel: Channel
  baseline: { day: string; followers: number; pageLikes: number | null } | null
  current: { day: string; followers: number; pageLikes: number | null }
  /** Followers gained (or lost) since the baseline; null without a baseline. */
  followersChange: number | null
  pageLikesChange: number | null
}

export type DigestOverride = {
  postId: number | string
  postTitle: string
  rule: string
  justification: string
  byName: string | null
  byId: number | string | null
  at: string
}

export type MeetingDigest = {
  now: string
  timeZone: string
  period: { from: string; to: string; source: DigestPeriod['source']; meeting: MeetingFact | null; defaultDays: number }
  published: DigestPost[]
  upcoming: { until: string; posts: DigestPost[]; undatedApproved: number }
  rhythm: {
    fromDay: string
    toDay: string
    weeks: WeekRhythm[]
    summary: { channel: Channel; weeksBelowTarget: number; weeksCounted: number }[]
  }
  audience: AudienceRow[]
  moderation: {
    total: number
    byReason: { reason: ModerationReason; count: number }[]
    events: ModerationFact[]
  }
  overrides: DigestOverride[]
  helpRequests: { count: number }
  consents: { reserved: true } | { reserved: false; windowDays: number; until: string; items: ConsentFact[] }
}

const time = (value: string | null | undefined): number | null => {
  if (!value) return null
  const instant = parseIsoInstant(value)
  return instant ? instant.getTime() : null
}

const within = (value: string | null | undefined, from: Date, to: Date): boolean => {
  const ms = time(value)
  return ms !== null && ms >= from.getTime() && ms < to.getTime()
}

/** The period of the digest: since the last meeting strictly before `now`, else the last 14 days. */
export function digestPeriod(meetings: readonly MeetingFact[], now: Date): DigestPeriod {
  let last: MeetingFact | null = null
  for (const meeting of meetings) {
    const ms = time(meeting.date)
    if (ms === null || ms >= now.getTime()) continue
    if (!last || ms > time(last.date)!) last = meeting
  }
  if (last) return { from: new Date(time(last.date)!), to: now, source: 'meeting', meeting: last }
  return { from: new Date(now.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS), to: now, source: 'default', meeting: null }
}

/** The end of « the next two weeks » (exclusive). */
export function upcomingUntil(now: Date): Date {
  return new Date(now.getTime() + UPCOMING_DAYS * DAY_MS)
}

/** The days the rhythm covers: the period's first day to the last day of the next two weeks. */
export function rhythmDays(period: DigestPeriod, timeZone: string): { fromDay: string; toDay: string } {
  return { fromDay: dayKey(period.from, timeZone), toDay: dayKey(new Date(upcomingUntil(period.to).getTime() - 1), timeZone) }
}

const byInstant =
  <T>(instantOf: (item: T) => string | null) =>
  (a: T, b: T) =>
    (time(instantOf(a)) ?? 0) - (time(instantOf(b)) ?? 0)

const toDigestPost = (post: PostFact): DigestPost => ({
  id: post.id,
  title: post.title,
  workflowStatus: post.workflowStatus,
  at: shownAt(post) as string,
  channels: [...post.channels],
  category: post.category,
})

function uniquePosts(posts: readonly PostFact[]): PostFact[] {
  const seen = new Map<string, PostFact>()
  for (const post of posts) if (!seen.has(String(post.id))) seen.set(String(post.id), post)
  return [...seen.values()]
}

/**
 * Audience per channel: the last snapshot on or before the period's first day (the baseline) and
 * the last on or before its last day, compared by day in the policy's zone (snapshots are days).
 */
export function audienceChange(snapshots: readonly SnapshotFact[], period: DigestPeriod, timeZone: string): AudienceRow[] {
  const fromDay = dayKey(period.from, timeZone)
  const toDay = dayKey(period.to, timeZone)
  const rows: AudienceRow[] = []
  for (const channel of CHANNELS) {
    const days = snapshots
      .filter((snapshot) => snapshot.channel === channel)
      .map((snapshot) => ({ ...snapshot, day: snapshot.date.slice(0, 10) }))
    const lastOnOrBefore = (limit: string) =>
      days.filter((snapshot) => snapshot.day <= limit).sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0))[0]
    const current = lastOnOrBefore(toDay)
    if (!current) continue
    const baseline = lastOnOrBefore(fromDay)
    const figures = (snapshot: typeof current) => ({
      day: snapshot.day,
      followers: snapshot.followers,
      pageLikes: snapshot.pageLikes ?? null,
    })
    rows.push({
      channel,
      baseline: baseline ? figures(baseline) : null,
      current: figures(current),
      followersChange: baseline ? current.followers - baseline.followers : null,
      pageLikesChange:
        baseline && typeof baseline.pageLikes === 'number' && typeof current.pageLikes === 'number'
          ? current.pageLikes - baseline.pageLikes
          : null,
    })
  }
  return rows
}

/** Builds the digest. Throws a RangeError for an unknown time zone. */
export function buildMeetingDigest(facts: DigestFacts): MeetingDigest {
  const { now, timeZone } = facts
  const period = digestPeriod(facts.meetings, now)
  const until = upcomingUntil(now)
  const posts = uniquePosts(facts.posts)

  const published = posts
    .filter((post) => post.workflowStatus === 'published' && within(shownAt(post), period.from, period.to))
    .sort(byInstant(shownAt))
    .map(toDigestPost)

  const upcoming = posts
    .filter((post) => (post.workflowStatus === 'approved' || post.workflowStatus === 'scheduled') && within(post.publishAt, now, until))
    .sort(byInstant((post) => post.publishAt))
    .map(toDigestPost)
  const undatedApproved = posts.filter((post) => post.workflowStatus === 'approved' && time(post.publishAt) === null).length

  const days = rhythmDays(period, timeZone)
  const rhythm = computeRhythm({
    posts: posts
      .filter((post) => time(shownAt(post)) !== null)
      .map((post) => ({ id: post.id, publishAt: shownAt(post) as string, channels: post.channels, workflowStatus: post.workflowStatus })),
    targets: facts.targets,
    fromDay: days.fromDay,
    toDay: days.toDay,
    zone: timeZone,
    today: dayKey(now, timeZone),
  })

  const events = facts.moderation
    .filter((event) => within(event.removedAt, period.from, period.to))
    .sort(byInstant((event) => event.removedAt))
  const byReason = MODERATION_REASONS.map((reason) => ({ reason, count: events.filter((event) => event.reason === reason).length })).filter(
    (row) => row.count > 0,
  )

  const overrides: DigestOverride[] = posts
    .flatMap((post) =>
      post.overrides
        .filter((override) => within(override.at, period.from, period.to))
        .map((override) => ({
          postId: post.id,
          postTitle: post.title,
          rule: override.rule,
          justification: override.justification,
          byName: override.byName,
          byId: override.byId,
          at: override.at as string,
        })),
    )
    .sort(byInstant((override) => override.at))

  const consentsUntil = new Date(now.getTime() + CONSENT_WINDOW_DAYS * DAY_MS)
  const consents: MeetingDigest['consents'] =
    facts.consents === null
      ? { reserved: true }
      : {
          reserved: false,
          windowDays: CONSENT_WINDOW_DAYS,
          until: consentsUntil.toISOString(),
          items: facts.consents
            .filter((consent) => {
              const ms = time(consent.expiresAt)
              return ms !== null && ms > now.getTime() && ms <= consentsUntil.getTime()
            })
            .sort(byInstant((consent) => consent.expiresAt)),
        }

  return {
    now: now.toISOString(),
    timeZone,
    period: {
      from: period.from.toISOString(),
      to: period.to.toISOString(),
      source: period.source,
      meeting: period.meeting,
      defaultDays: DEFAULT_PERIOD_DAYS,
    },
    published,
    upcoming: { until: until.toISOString(), posts: upcoming, undatedApproved },
    rhythm: {
      ...days,
      weeks: rhythm.weeks,
      summary: rhythm.summary.map(({ channel, weeksBelowTarget, weeksCounted }) => ({ channel, weeksBelowTarget, weeksCounted })),
    },
    audience: audienceChange(facts.snapshots, period, timeZone),
    moderation: { total: events.length, byReason, events },
    overrides,
    helpRequests: { count: facts.helpRequestCount },
    consents,
  }
}
