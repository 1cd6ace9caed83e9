import { findPosts, postItem } from './findPosts'
import { listLink } from './listLink'
import type { Queue, QueueContext } from './types'
import { slugsOf } from '../slugs'

/** Posts submitted for review, oldest first. */
export async function toReview(context: QueueContext): Promise<Queue> {
  const { docs, totalDocs } = await findPosts(
    context,
    { workflowStatus: { equals: 'in_review' } },
    { limit: context.limit, sort: 'updatedAt' },
  )
  return {
    name: 'to-review',
    count: totalDocs,
    items: docs.map(postItem),
    seeAll: listLink(slugsOf(context.payload).posts, [['workflowStatus', 'equals', 'in_review']]),
  }
}
