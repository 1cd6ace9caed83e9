import type { PostSnapshot, RuleContext } from './types'

/** When the post goes out: its scheduled instant, or now when it has none (or an unreadable one). */
export function publicationInstant(post: PostSnapshot, context: RuleContext): Date {
  if (post.publishAt) {
    const scheduled = new Date(post.publishAt)
    if (!Number.isNaN(scheduled.getTime())) return scheduled
  }
  return context.now
}

/**
 * The real moment of publication, and whether it is the planned one (CAT-6):
 * - the save that publishes the post (« Publier maintenant », the publication job, a raw stage
 *   change) publishes it now: the save's moment (`context.now`, the job's own `now` in a job run),
 *   whatever the post had planned — a job running late publishes late;
 * - a post already published went out at `publishedAt`;
 * - otherwise its planned `publishAt` (`publicationInstant`), or now when it has none.
 */
export function publicationMoment(post: PostSnapshot, context: RuleContext): { instant: Date; planned: boolean } {
  if (context.transition?.to === 'published') return { instant: context.now, planned: false }
  const publishedAt = post.workflowStatus === 'published' && post.publishedAt ? new Date(post.publishedAt) : null
  if (publishedAt && !Number.isNaN(publishedAt.getTime())) return { instant: publishedAt, planned: false }
  const instant = publicationInstant(post, context)
  return { instant, planned: instant !== context.now }
}
