import type { Where } from 'payload'

import { sentBackRow } from './classify'
import { findPosts, postItem } from './findPosts'
import { listLink } from './listLink'
import type { Queue, QueueContext } from './types'
import { slugsOf } from '../slugs'

const nameOf = (by: unknown): string | null =>
  by && typeof by === 'object' ? (by as { name?: string | null }).name || (by as { email?: string }).email || null : null

/** My posts sent back to drafting by someone else, with the reason they gave. */
export async function sentBack(context: QueueContext): Promise<Queue> {
  const where: Where = {
    and: [{ workflowStatus: { equals: 'draft' } }, { author: { equals: context.user.id } }, { 'history.from': { equals: 'in_review' } }],
  }
  const { docs } = await findPosts(context, where, { limit: 100, withHistory: true })
  const rows = docs.flatMap((post) => {
    const row = sentBackRow(post.history, post.author)
    return row ? [{ ...postItem(post), event: { at: row.at ?? null, byName: nameOf(row.by), reason: row.reason ?? null } }] : []
  })
  return {
    name: 'sent-back',
    count: rows.length,
    items: rows.slice(0, context.limit),
    seeAll: listLink(slugsOf(context.payload).posts, [
      ['workflowStatus', 'equals', 'draft'],
      ['author', 'equals', context.user.id],
    ]),
  }
}
