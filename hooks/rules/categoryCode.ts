import type { PostSnapshot, RuleContext } from './types'

/** The code (CAT-1..CAT-10) of the post's category, or null when there is none or it is unknown. */
export function categoryCode(post: PostSnapshot, context: RuleContext): string | null {
  if (post.categoryId === null || !context.category) return null
  return context.category.code
}
