import type { Payload, PayloadRequest, Where } from 'payload'

import type { AudienceSnapshotDoc, CategoryDoc, PostDoc } from '../types'
import { publishedWithin, shownAt } from '../publication/shownAt'
import { computeActivityReport, periodDays, type ActivityReport, type ReportPost, type ReportSnapshot } from './activityReport'
import { slugsOf } from '../slugs'
import { loadPolicy } from '../policy/loadPolicy'

const PAGE_SIZE = 500

type Reader = { payload: Payload; user: NonNullable<PayloadRequest['user']>; req?: PayloadRequest }

export type ReportPolicy = { timeZone: string; reportingYearStartMonth: number }

/** The policy's zone and first month of the reporting year, as the person reads them. */
export async function readReportPolicy({ payload, user, req }: Reader): Promise<ReportPolicy> {
  const policy = await loadPolicy({ payload, req }, { as: user })
  return { timeZone: policy.timeZone, reportingYearStartMonth: policy.reportingYearStartMonth ?? 4 }
}

/** Every page of a query (the report must not stop at the first page). */
async function readAll<T>(read: (page: number) => Promise<{ docs: T[]; hasNextPage: boolean }>): Promise<T[]> {
  const all: T[] = []
  for (let page = 1; ; page++) {
    const result = await read(page)
    all.push(...result.docs)
    if (!result.hasNextPage) return all
  }
}

/**
 * Reads what the report counts, with the person's own access (`overrideAccess: false`), and
 * computes it.
 *
 * Which posts: those whose workflow state is `published`, read with `draft: true`, i.e. from each
 * post's latest version — the state the calendar, the digest and the workflow use. Reading the
 * published versions instead (`draft: false`) would disagree with them: a published post archived
 * from the admin (a draft save, GOV-4) keeps a published version with `workflowStatus: published`
 * and would still be counted, whereas it was withdrawn. A published post with later unpublished
 * edits is still published: its latest version keeps `workflowStatus: published`, so it counts
 * once, not once per version. Archived posts are not counted. A post counts at the moment it went
 * out (`publishedAt`, src/publication/shownAt.ts), not at the one it was planned for: a post published
 * at once, without a planned moment, is counted too.
 *
 * Snapshots: every snapshot whose day is one of the period's days in the policy's zone (a day is
 * stored at noon UTC, so the query is on the days, not on the instants of the period).
 */
export async function loadActivityReport(reader: Reader, period: { from: Date; to: Date; timeZone: string }): Promise<ActivityReport> {
  const { payload, user, req } = reader
  const { from, to, timeZone } = period
  const access = { user, overrideAccess: false, req } as const
  const days = periodDays(from, to, timeZone)

  const postWhere: Where = publishedWithin(from, to)
  const snapshotWhere: Where = {
    and: [{ date: { greater_than_equal: `${days.fromDay}T00:00:00.000Z` } }, { date: { less_than_equal: `${days.toDay}T23:59:59.999Z` } }],
  }
  const [categories, posts, snapshots] = await Promise.all([
    payload.find({ collection: slugsOf(payload).categories, depth: 0, limit: 0, pagination: false, sort: 'order', ...access }),
    readAll((page) =>
      payload.find({
        collection: slugsOf(payload).posts,
        draft: true,
        depth: 0,
        page,
        limit: PAGE_SIZE,
        sort: 'id',
        where: postWhere,
        select: { publishAt: true, publishedAt: true, category: true, channels: true, workflowStatus: true },
        ...access,
      }),
    ),
    readAll((page) =>
      payload.find({
        collection: slugsOf(payload).audienceSnapshots,
        depth: 0,
        page,
        limit: PAGE_SIZE,
        sort: 'id',
        where: snapshotWhere,
        select: { channel: true, date: true, followers: true, pageLikes: true },
        ...access,
      }),
    ),
  ])

  const categoryDocs = categories.docs as CategoryDoc[]
  const codeOf = new Map(categoryDocs.map((category) => [String(category.id), category.code]))
  const reportPosts: ReportPost[] = (posts as PostDoc[])
    .filter((post) => post.workflowStatus === 'published' && shownAt(post))
    .map((post) => {
      const categoryId = post.category && typeof post.category === 'object' ? post.category.id : post.category
      return {
        id: post.id,
        publishedAt: shownAt(post) as string,
        category: categoryId === null || categoryId === undefined ? null : (codeOf.get(String(categoryId)) ?? null),
        channels: (post.channels ?? []).map((row) => row.channel),
      }
    })
  const reportSnapshots: ReportSnapshot[] = (snapshots as AudienceSnapshotDoc[]).map((snapshot) => ({
    channel: snapshot.channel,
    date: snapshot.date,
    followers: snapshot.followers,
    pageLikes: snapshot.pageLikes ?? null,
  }))
  return computeActivityReport({
    posts: reportPosts,
    snapshots: reportSnapshots,
    categories: categoryDocs.map((category) => ({
      code: category.code,
      labelFr: category.labelFr,
      labelEn: category.labelEn,
      color: category.color,
    })),
    from,
    to,
    timeZone,
  })
}
