import type { Where } from 'payload'

import { thisWeek } from './classify'
import { findPosts, postItem } from './findPosts'
import { listLink } from './listLink'
import type { Queue, QueueContext } from './types'
import { slugsOf } from '../slugs'

/** The team's posts scheduled from Monday to Sunday of this week, in the policy's zone. */
export async function scheduledThisWeek(context: QueueContext): Promise<Queue> {
  const { start, end } = thisWeek(context.now, context.zone)
  const where: Where = {
    and: [
      { workflowStatus: { equals: 'scheduled' } },
      { publishAt: { greater_than_equal: start.toISOString() } },
      { publishAt: { less_than: end.toISOString() } },
    ],
  }
  const { docs, totalDocs } = await findPosts(context, where, { limit: context.limit, sort: 'publishAt' })
  return {
    name: 'scheduled-this-week',
    count: totalDocs,
    items: docs.map(postItem),
    seeAll: listLink(slugsOf(context.payload).posts, [
      ['workflowStatus', 'equals', 'scheduled'],
      ['publishAt', 'greater_than_equal', start.toISOString()],
      ['publishAt', 'less_than', end.toISOString()],
    ]),
  }
}
