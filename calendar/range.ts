/**
 * The calendar's range query: `?from=…&to=…` plus optional filters, checked with zod and turned
 * into instants and day keys in the policy's time zone.
 *
 * - `from` and `to`: `YYYY-MM-DD` (the start of that day in the zone) or an ISO 8601 date-time,
 *   with `Z` or an offset (`2026-03-01T00:00:00-05:00`) or without (a wall-clock time in the zone).
 *   The range is half-open, like the calendar widget's `start`/`end`: `from` ≤ t < `to`. So
 *   `from=2026-03-01&to=2026-04-01` is March; `fromDay`/`toDay` in the result are the first and
 *   last days included (here 2026-03-01 and 2026-03-31).
 * - `from` must be before `to`, and at most 400 days apart. Days are counted on the wall clock,
 *   so a daylight-saving change in between does not make a 400-day range 400 days and 1 hour.
 * - `channel` (channels of `CHANNELS`), `status` (workflow statuses), `category` and `author`
 *   (IDs): a comma-separated list, or the parameter repeated; spaces are trimmed, duplicates
 *   dropped; an empty value means no filter.
 * Unknown parameters are ignored. Every refusal carries the parameter and a reason in French and
 * English.
 */
import { z } from 'zod'

import { CHANNELS, type Channel } from '../src/channels'
import { inBothLanguages } from '../src/translations'
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../src/workflow'
import { isDayKey } from '../src/time/days'
import {
  assertTimeZone,
  dayKey,
  DEFAULT_TIME_ZONE,
  fromWallClock,
  parseIsoInstant,
  parseWallClock,
  zoneOffsetMs,
} from '../src/time/zonedTime'

export const MAX_RANGE_DAYS = 400
/** Most values one list filter may hold. */
export const MAX_FILTER_VALUES = 100

const DAY_MS = 86_400_000
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/

export type Messages = { fr: string; en: string }

export type RangeQuery = {
  /** As given (trimmed). */
  from: string
  to: string
  /** First instant included. */
  start: Date
  /** First instant excluded (the instant of `to`). */
  end: Date
  /** First and last days included, `YYYY-MM-DD` in the zone. */
  fromDay: string
  toDay: string
  /** Length of the range in days (wall clock; may have a fraction for date-times). */
  days: number
  channel?: Channel[]
  category?: string[]
  status?: WorkflowStatus[]
  author?: string[]
}

export type RangeQueryError = { path: string; message: Messages }

export type RangeQueryResult = { ok: true; value: RangeQuery } | { ok: false; errors: RangeQueryError[] }

type Ctx = { addIssue: (issue: z.core.$ZodRawIssue) => void }

function refuse(ctx: Ctx, message: Messages, path: (string | number)[] = []): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message: message.en, params: { fr: message.fr, en: message.en }, path, input: undefined })
  return z.NEVER
}

const quote = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)))

type Bound = { text: string; instant: Date; wallMs: number }

function boundField(name: 'from' | 'to', zone: string) {
  return z.unknown().transform((value, ctx): Bound => {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      return refuse(ctx, inBothLanguages('rangeQuery:boundRequired', { name }))
    }
    if (typeof value !== 'string') {
      return refuse(ctx, inBothLanguages('rangeQuery:boundSingle', { name }))
    }
    const text = value.trim()
    const instant = readBound(text, zone)
    if (!instant) {
      return refuse(ctx, inBothLanguages('rangeQuery:boundInvalid', { name, text }))
    }
    return { text, instant, wallMs: instant.getTime() + zoneOffsetMs(instant, zone) }
  })
}

/** A day (start of day in the zone), a date-time with offset, or a wall-clock date-time. */
function readBound(text: string, zone: string): Date | null {
  if (isDayKey(text as unknown)) return fromWallClock(text, zone)
  // In a query string an unencoded "+" arrives as a space: "…T00:00:00 05:00" means "+05:00".
  const withOffset = parseIsoInstant(text.replace(/^(\d{4}-\d{2}-\d{2}T[\d:.]+) (\d{2}:?\d{2})$/, '$1+$2'))
  if (withOffset) return withOffset
  if (text.includes('T') && parseWallClock(text) !== null) return fromWallClock(text, zone)
  return null
}

function listField<T extends string>(name: string, accept: (item: string) => item is T, unknownItem: (item: string) => Messages) {
  return z
    .unknown()
    .transform((value, ctx): T[] | undefined => {
      if (value === undefined || value === null) return undefined
      const raw = Array.isArray(value) ? value : [value]
      if (!raw.every((item) => typeof item === 'string' || typeof item === 'number')) {
        return refuse(ctx, inBothLanguages('rangeQuery:listNotList', { name }))
      }
      const items = [
        ...new Set(
          raw
            .flatMap((item) => String(item).split(','))
            .map((item) => item.trim())
            .filter((item) => item !== ''),
        ),
      ]
      if (items.length === 0) return undefined
      if (items.length > MAX_FILTER_VALUES) {
        return refuse(ctx, inBothLanguages('rangeQuery:listTooMany', { name, count: items.length, max: MAX_FILTER_VALUES }))
      }
      const wrong = items.filter((item) => !accept(item))
      if (wrong.length > 0) {
        for (const item of wrong) refuse(ctx, unknownItem(item))
        return z.NEVER
      }
      return items as T[]
    })
    .optional()
}

const isChannel = (item: string): item is Channel => (CHANNELS as readonly string[]).includes(item)
const isStatus = (item: string): item is WorkflowStatus => (WORKFLOW_STATUSES as readonly string[]).includes(item)
const isId = (item: string): item is string => ID_RE.test(item)

/** The range query schema for a policy time zone; its output is a `RangeQuery`. */
export function rangeQuerySchema(zone: string = DEFAULT_TIME_ZONE) {
  assertTimeZone(zone)
  return z
    .object({
      from: boundField('from', zone),
      to: boundField('to', zone),
      channel: listField('channel', isChannel, (item) =>
        inBothLanguages('rangeQuery:unknownChannel', { item: quote(item), allowed: CHANNELS.join(', ') }),
      ),
      status: listField('status', isStatus, (item) =>
        inBothLanguages('rangeQuery:unknownStatus', { item: quote(item), allowed: WORKFLOW_STATUSES.join(', ') }),
      ),
      category: listField('category', isId, (item) => inBothLanguages('rangeQuery:invalidCategory', { item: quote(item) })),
      author: listField('author', isId, (item) => inBothLanguages('rangeQuery:invalidAuthor', { item: quote(item) })),
    })
    .transform(({ from, to, channel, status, category, author }, ctx): RangeQuery => {
      if (from.instant.getTime() >= to.instant.getTime()) {
        return refuse(ctx, inBothLanguages('rangeQuery:fromAfterTo', { from: from.text, to: to.text }), ['to'])
      }
      const days = (to.wallMs - from.wallMs) / DAY_MS
      if (days > MAX_RANGE_DAYS) {
        const shown = Math.ceil(days)
        return refuse(ctx, inBothLanguages('rangeQuery:tooLong', { max: MAX_RANGE_DAYS, shown }), ['to'])
      }
      const value: RangeQuery = {
        from: from.text,
        to: to.text,
        start: from.instant,
        end: to.instant,
        fromDay: dayKey(from.instant, zone),
        toDay: dayKey(new Date(to.instant.getTime() - 1), zone),
        days,
      }
      if (channel) value.channel = channel
      if (status) value.status = status
      if (category) value.category = category
      if (author) value.author = author
      return value
    })
}

function messagesOf(issue: z.core.$ZodIssue): Messages {
  const params = (issue as { params?: Partial<Messages> }).params
  if (params?.fr && params?.en) return { fr: params.fr, en: params.en }
  if (issue.code === 'invalid_type' && issue.path.length === 0) {
    return inBothLanguages('rangeQuery:notAnObject')
  }
  return inBothLanguages('rangeQuery:invalidValue', { reason: issue.message })
}

/**
 * Checks a calendar range query (e.g. Express/Payload `req.query`) in the policy's time zone
 * (default `America/Toronto`). Returns the normalised query, or every problem found with the
 * parameter it concerns and a French and English reason.
 */
export function parseRangeQuery(query: Record<string, unknown>, zone: string = DEFAULT_TIME_ZONE): RangeQueryResult {
  const result = rangeQuerySchema(zone).safeParse(query)
  if (result.success) return { ok: true, value: result.data }
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: messagesOf(issue) })),
  }
}
