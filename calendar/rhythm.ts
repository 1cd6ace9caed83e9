/**
 * FREQ-1 / GOV-1: the publication rhythm. For every week (Monday to Sunday, in the policy's zone)
 * and every channel that has a target, how many posts are planned, scheduled or published, against
 * the weekly target; and the days where a channel carries more posts than its daily maximum.
 *
 * Counted: posts with a publication date whose status is `draft`, `in_review`, `approved` (planned),
 * `scheduled` or `published`. Not counted: `unscheduled` and `archived` posts, and posts without a
 * valid date. A post on several channels counts once on each of them.
 *
 * Weeks are whole weeks. The weeks reported are those touching `fromDay`…`toDay`, and each is
 * counted from every post given for its seven days, including days outside `fromDay`…`toDay`. So the
 * caller must load the posts of the whole weeks, not just of the range, or the first and last weeks
 * will look emptier than they are: query `rhythmQueryRange(fromDay, toDay)` (then
 * `dayRangeInstants(…, zone)` from `./zonedTime` for the instants). Posts outside those weeks are
 * ignored.
 */
import type { Channel } from '../src/channels'
import type { WorkflowStatus } from '../src/workflow'
import { addDays, assertDayKey } from '../src/time/days'
import { mondayOf, weeksInRange } from '../src/time/weeks'
import { assertTimeZone, dayKey, parseIsoInstant } from '../src/time/zonedTime'

/** The rulebook rule this module enforces (a warning shown on the calendar, not a save rule). */
export const RHYTHM_RULE_ID = 'FREQ-1'

export type RhythmPost = {
  id: string | number
  /** ISO 8601 instant (with `Z` or an offset). */
  publishAt: string
  channels: Channel[]
  workflowStatus: WorkflowStatus
}

/** GOV-1 frequency target of one channel (same shape as the policy's `frequency` items). */
export type Target = { channel: Channel; targetPerWeek: number; maxPerDay: number }

export type RhythmInput = {
  posts: readonly RhythmPost[]
  targets: readonly Target[]
  /** First day of the range, `YYYY-MM-DD` in `zone`. */
  fromDay: string
  /** Last day of the range (included), `YYYY-MM-DD` in `zone`. */
  toDay: string
  /** The policy's IANA time zone, e.g. `America/Toronto`. */
  zone: string
  /** Today's day key in `zone`; used to tell past, current and future weeks apart. */
  today: string
}

export type WeekChannelRhythm = { channel: Channel; count: number; target: number; belowTarget: boolean }

export type WeekRhythm = {
  /** Monday, `YYYY-MM-DD`. */
  week: string
  /** Relative to `today`: the week has ended, contains today, or is still to come. */
  when: 'past' | 'current' | 'future'
  channels: WeekChannelRhythm[]
}

export type OverloadedDay = { day: string; channel: Channel; count: number; max: number }

export type ChannelSummary = {
  channel: Channel
  /** Posts in `draft`, `in_review` or `approved`. */
  planned: number
  scheduled: number
  published: number
  weeksBelowTarget: number
  weeksCounted: number
}

export type RhythmResult = {
  weeks: WeekRhythm[]
  overloadedDays: OverloadedDay[]
  summary: ChannelSummary[]
}

type Stage = 'planned' | 'scheduled' | 'published'

const STAGE_OF: Partial<Record<WorkflowStatus, Stage>> = {
  draft: 'planned',
  in_review: 'planned',
  approved: 'planned',
  scheduled: 'scheduled',
  published: 'published',
}

/**
 * Whole weeks covering `fromDay`…`toDay`: the Monday at or before `fromDay` and the Sunday at or
 * after `toDay`. Load the posts of these days before calling `computeRhythm`.
 */
export function rhythmQueryRange(fromDay: string, toDay: string): { fromDay: string; toDay: string } {
  assertDayKey(fromDay, 'fromDay')
  assertDayKey(toDay, 'toDay')
  return { fromDay: mondayOf(fromDay), toDay: addDays(mondayOf(toDay), 6) }
}

/**
 * Counts posts per week and channel against the GOV-1 targets and finds overloaded days (FREQ-1).
 * Only channels with a target are reported, in the order of `targets` (a channel listed twice keeps
 * its first target). Every week touching the range is reported, past ones included, and the summary
 * counts all of them. Throws a RangeError for invalid days, zone, or `toDay` before `fromDay`.
 */
export function computeRhythm({ posts, targets, fromDay, toDay, zone, today }: RhythmInput): RhythmResult {
  assertDayKey(fromDay, 'fromDay')
  assertDayKey(toDay, 'toDay')
  assertDayKey(today, 'today')
  assertTimeZone(zone)
  if (toDay < fromDay) throw new RangeError(`toDay (${toDay}) is before fromDay (${fromDay})`)

  const targetOf = new Map<Channel, Target>()
  for (const target of targets) if (!targetOf.has(target.channel)) targetOf.set(target.channel, target)
  const channels = [...targetOf.keys()]

  const weeks = weeksInRange(fromDay, toDay)
  const firstDay = weeks[0]
  const lastDay = addDays(weeks[weeks.length - 1], 6)

  const weekCounts = new Map<string, number>() // `${monday}|${channel}`
  const dayCounts = new Map<string, number>() // `${day}|${channel}`
  const stageCounts = new Map<Channel, Record<Stage, number>>(
    channels.map((channel) => [channel, { planned: 0, scheduled: 0, published: 0 }]),
  )
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

  for (const post of posts) {
    const stage = STAGE_OF[post.workflowStatus]
    if (!stage) continue
    const instant = typeof post.publishAt === 'string' ? parseIsoInstant(post.publishAt) : null
    if (!instant) continue
    const day = dayKey(instant, zone)
    if (day < firstDay || day > lastDay) continue
    const monday = mondayOf(day)
    for (const channel of new Set(post.channels ?? [])) {
      const counts = stageCounts.get(channel)
      if (!counts) continue
      counts[stage] += 1
      bump(weekCounts, `${monday}|${channel}`)
      bump(dayCounts, `${day}|${channel}`)
    }
  }

  const currentMonday = mondayOf(today)
  const weekRows: WeekRhythm[] = weeks.map((week) => ({
    week,
    when: week < currentMonday ? 'past' : week === currentMonday ? 'current' : 'future',
    channels: channels.map((channel) => {
      const count = weekCounts.get(`${week}|${channel}`) ?? 0
      const target = targetOf.get(channel)!.targetPerWeek
      return { channel, count, target, belowTarget: count < target }
    }),
  }))

  const overloadedDays: OverloadedDay[] = []
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) {
    for (const channel of channels) {
      const count = dayCounts.get(`${day}|${channel}`) ?? 0
      const max = targetOf.get(channel)!.maxPerDay
      if (count > max) overloadedDays.push({ day, channel, count, max })
    }
  }

  const summary: ChannelSummary[] = channels.map((channel) => ({
    channel,
    ...stageCounts.get(channel)!,
    weeksBelowTarget: weekRows.filter((row) => row.channels.find((c) => c.channel === channel)!.belowTarget).length,
    weeksCounted: weekRows.length,
  }))

  return { weeks: weekRows, overloadedDays, summary }
}
