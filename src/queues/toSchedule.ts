import { findPosts, postItem } from './findPosts'
import { listLink } from './listLink'
import type { Queue, QueueContext } from './types'
import { slugsOf } from '../slugs'

/** Approved posts, not yet scheduled (dated or not): the responsible person plans them. */
export async function toSchedule(context: QueueContext): Promise<Queue> {
  const { docs, totalDocs } = await findPosts(
    context,
    { workflowStatus: { equals: 'approved' } },
    { limit: context.limit, sort: 'updatedAt' },
  )
  return {
    name: 'to-schedule',
    count: totalDocs,
    items: docs.map(postItem),
    seeAll: listLink(slugsOf(context.payload).posts, [['workflowStatus', 'equals', 'approved']]),
  }
}
