/**
 * GOV-3: the activity report's figures, computed from plain data (no database, no clock).
 *
 * Choices, so the figures can be checked by hand:
 * - The period is half-open, `from` ≤ t < `to` (instants). Anything given outside it is ignored.
 * - A post belongs to the month it went out (`publishedAt`) on the wall clock of the policy's zone: a post at
 *   23:30 on 30 April in Toronto is April, although it is already 1 May in UTC.
 * - Months are every calendar month (in the zone) the period touches, in order, each listed even
 *   when nothing happened in it (a 0 is a figure too).
 * - Channels: a post on two channels is one post and two publications. `totals.posts` counts posts,
 *   `totals.publications` and `byChannel` count (post, channel) pairs; a channel listed twice in
 *   one post counts once.
 * - Categories: every known category is listed, even with 0 posts, in the order given. Posts without
 *   a category (or with one not in the list) get a row of their own, only when there are some.
 * - Audience: snapshots are days (`YYYY-MM-DD…`), kept when that day is one of the period's days in
 *   the zone. Per channel, `first` and `last` are the earliest and latest snapshots of the period;
 *   `change` = last − first followers, null unless there are two different days to compare;
 *   `changePercent` = change ÷ first × 100 rounded to 0.1, null when there is no change or the
 *   baseline is 0. `monthly` is, for each month, the followers of the month's last snapshot (null
 *   when the month has none: the chart leaves a gap instead of inventing a value).
 */
import { dayKey } from '../time/zonedTime'
import { CHANNELS, type Channel } from '../channels'
import { tr } from '../translations'

export type ReportPost = {
  id: number | string
  /** When it went out: ISO 8601 instant. */
  publishedAt: string
  /** Category code (CAT-1…), null when the post has none. */
  category: string | null
  channels: readonly Channel[]
}

export type ReportSnapshot = {
  channel: Channel
  /** The day, `YYYY-MM-DD` or a stored day instant (`2026-04-01T12:00:00.000Z`). */
  date: string
  followers: number
  pageLikes?: number | null
}

export type ReportCategory = { code: string; labelFr: string; labelEn: string; color: string }

export type ActivityReportInput = {
  posts: readonly ReportPost[]
  snapshots: readonly ReportSnapshot[]
  categories: readonly ReportCategory[]
  from: Date
  to: Date
  timeZone: string
  /** Channels listed in `byChannel` and `audience` (all of Balises' channels by default). */
  channels?: readonly Channel[]
}

export type CategoryRow = {
  /** null: posts without a known category. */
  code: string | null
  labelFr: string
  labelEn: string
  color: string
  total: number
  /** Aligned with `months`. */
  months: number[]
}

export type SnapshotPoint = { day: string; followers: number; pageLikes: number | null }

export type AudienceRow = {
  channel: Channel
  first: SnapshotPoint | null
  last: SnapshotPoint | null
  change: number | null
  changePercent: number | null
  /** Aligned with `months`: followers at the month's last snapshot, or null. */
  monthly: (number | null)[]
}

export type ActivityReport = {
  period: {
    from: string
    to: string
    /** First and last days included, in the zone. */
    fromDay: string
    toDay: string
    timeZone: string
  }
  /** `YYYY-MM`, every month the period touches. */
  months: string[]
  totals: { posts: number; publications: number }
  /** Aligned with `months`: posts per month. */
  byMonth: number[]
  /** The category × month table. */
  byCategory: CategoryRow[]
  byChannel: { channel: Channel; publications: number }[]
  audience: AudienceRow[]
}

const UNCATEGORISED_COLOR = '#9ca3af'

/** Every `YYYY-MM` from the month of `fromDay` to the month of `toDay`, both included. */
export function monthsBetween(fromDay: string, toDay: string): string[] {
  const months: string[] = []
  let year = Number(fromDay.slice(0, 4))
  let month = Number(fromDay.slice(5, 7))
  const last = toDay.slice(0, 7)
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
    months.push(key)
    if (key >= last) return months
    month++
    if (month > 12) {
      month = 1
      year++
    }
  }
}

/** The first and last days of the half-open period [from, to) in the zone. */
export function periodDays(from: Date, to: Date, timeZone: string): { fromDay: string; toDay: string } {
  if (!(from.getTime() < to.getTime())) throw new RangeError('the period must start before it ends')
  return { fromDay: dayKey(from, timeZone), toDay: dayKey(new Date(to.getTime() - 1), timeZone) }
}

const round1 = (value: number) => Math.round(value * 10) / 10

export function computeActivityReport(input: ActivityReportInput): ActivityReport {
  const { from, to, timeZone } = input
  const channels = input.channels ?? CHANNELS
  const { fromDay, toDay } = periodDays(from, to, timeZone)
  const months = monthsBetween(fromDay, toDay)
  const monthIndex = new Map(months.map((month, index) => [month, index]))

  const byMonth = months.map(() => 0)
  const categoryRows = new Map<string | null, CategoryRow>()
  for (const category of input.categories) {
    categoryRows.set(category.code, { ...category, total: 0, months: months.map(() => 0) })
  }
  const publications = new Map<Channel, number>(channels.map((channel) => [channel, 0]))
  let posts = 0
  let publicationCount = 0
  const seen = new Set<string>()

  for (const post of input.posts) {
    const at = new Date(post.publishedAt)
    if (Number.isNaN(at.getTime()) || at < from || at >= to) continue
    if (seen.has(String(post.id))) continue
    seen.add(String(post.id))
    const month = monthIndex.get(dayKey(at, timeZone).slice(0, 7))
    if (month === undefined) continue
    posts++
    byMonth[month]++
    const code = post.category !== null && categoryRows.has(post.category) ? post.category : null
    let row = categoryRows.get(code)
    if (!row) {
      const label = tr('reports:uncategorised')
      row = { code: null, labelFr: label.fr, labelEn: label.en, color: UNCATEGORISED_COLOR, total: 0, months: months.map(() => 0) }
      categoryRows.set(null, row)
    }
    row.total++
    row.months[month]++
    for (const channel of new Set(post.channels)) {
      publicationCount++
      publications.set(channel, (publications.get(channel) ?? 0) + 1)
    }
  }

  return {
    period: { from: from.toISOString(), to: to.toISOString(), fromDay, toDay, timeZone },
    months,
    totals: { posts, publications: publicationCount },
    byMonth,
    byCategory: [...categoryRows.values()],
    byChannel: [...publications.entries()].map(([channel, count]) => ({ channel, publications: count })),
    audience: channels.map((channel) => audienceOf(channel, input.snapshots, fromDay, toDay, months, monthIndex)),
  }
}

function audienceOf(
  channel: Channel,
  snapshots: readonly ReportSnapshot[],
  fromDay: string,
  toDay: string,
  months: string[],
  monthIndex: Map<string, number>,
): AudienceRow {
  // One point per day (the collection has a unique index on channel and day; the last given wins).
  const byDay = new Map<string, SnapshotPoint>()
  for (const snapshot of snapshots) {
    if (snapshot.channel !== channel) continue
    const day = snapshot.date.slice(0, 10)
    if (day < fromDay || day > toDay) continue
    byDay.set(day, { day, followers: snapshot.followers, pageLikes: snapshot.pageLikes ?? null })
  }
  const points = [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1))
  const monthly: (number | null)[] = months.map(() => null)
  for (const point of points) {
    const index = monthIndex.get(point.day.slice(0, 7))
    if (index !== undefined) monthly[index] = point.followers
  }
  const first = points[0] ?? null
  const last = points.at(-1) ?? null
  const change = first && last && first.day !== last.day ? last.followers - first.followers : null
  const changePercent = change !== null && first && first.followers > 0 ? round1((change / first.followers) * 100) : null
  return { channel, first, last, change, changePercent, monthly }
}
