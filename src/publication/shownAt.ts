import type { Where } from 'payload'

import type { WorkflowStatus } from '../workflow'

type Dated = { workflowStatus: WorkflowStatus; publishAt?: string | null; publishedAt?: string | null }

/**
 * The moment a post is shown at and counted at (calendar, iCal feed, meeting digest, activity
 * report): when it went out for a published post (`publishedAt`, its planned `publishAt` for one
 * published before Balises recorded it), its planned `publishAt` otherwise. Null when it has none.
 */
export function shownAt(post: Dated): string | null {
  if (post.workflowStatus === 'published') return post.publishedAt || post.publishAt || null
  return post.publishAt || null
}

const between = (field: string, from: Date, to: Date): Where[] => [
  { [field]: { greater_than_equal: from.toISOString() } },
  { [field]: { less_than: to.toISOString() } },
]

/**
 * The database twin of `shownAt`: posts shown at a moment `from` ≤ t < `to`. Read posts with
 * `draft: true` (the latest version holds the stage).
 */
export function shownWithin(from: Date, to: Date): Where {
  const published: Where = { workflowStatus: { equals: 'published' } }
  const undated: Where = { or: [{ publishedAt: { exists: false } }, { publishedAt: { equals: null } }] }
  return {
    or: [
      { and: [published, ...between('publishedAt', from, to)] },
      { and: [published, undated, ...between('publishAt', from, to)] },
      { and: [{ workflowStatus: { not_equals: 'published' } }, ...between('publishAt', from, to)] },
    ],
  }
}

/** The same, for published posts only (the activity report, the digest's « published » section). */
export function publishedWithin(from: Date, to: Date): Where {
  return { and: [{ workflowStatus: { equals: 'published' } }, shownWithin(from, to)] }
}
