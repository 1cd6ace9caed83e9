import type { Where } from 'payload'

import { sentBackRow } from './classify'
import { findPosts, postItem } from './findPosts'
import { listLink } from './listLink'
import type { Queue, QueueContext } from './types'
import { slugsOf } from '../slugs'

/** My drafts that nobody sent back (those are in « Renvoyées en rédaction »). */
export async function myDrafts(context: QueueContext): Promise<Queue> {
  const where: Where = { and: [{ workflowStatus: { equals: 'draft' } }, { author: { equals: context.user.id } }] }
  const { docs } = await findPosts(context, where, { limit: 100, withHistory: true })
  const mine = docs.filter((post) => !sentBackRow(post.history, post.author))
  return {
    name: 'my-drafts',
    count: mine.length,
    items: mine.slice(0, context.limit).map(postItem),
    seeAll: listLink(slugsOf(context.payload).posts, [
      ['workflowStatus', 'equals', 'draft'],
      ['author', 'equals', context.user.id],
    ]),
  }
}
