import type { PostSnapshot, RuleContext } from './types'

/** When the post goes out: its scheduled instant, or now when it has none (or an unreadable one). */
export function publicationInstant(post: PostSnapshot, context: RuleContext): Date {
  if (post.publishAt) {
    const scheduled = new Date(post.publishAt)
    if (!Number.isNaN(scheduled.getTime())) return scheduled
  }
  return context.now
}
