import type { Where } from 'payload'

import { refusedAtPublicationRow } from './classify'
import { findPosts, postItem } from './findPosts'
import { listLink } from './listLink'
import type { Queue, QueueContext } from './types'
import { slugsOf } from '../slugs'

/** Posts the publication job took out of the plan because a rule no longer held (src/jobs/publishDuePosts.ts). */
export async function publishRefused(context: QueueContext): Promise<Queue> {
  const where: Where = { and: [{ workflowStatus: { equals: 'unscheduled' } }, { 'history.from': { equals: 'scheduled' } }] }
  const { docs } = await findPosts(context, where, { limit: 100, withHistory: true })
  const rows = docs.flatMap((post) => {
    const row = refusedAtPublicationRow(post.history)
    return row ? [{ ...postItem(post), event: { at: row.at ?? null, byName: null, reason: row.reason ?? null } }] : []
  })
  return {
    name: 'publish-refused',
    count: rows.length,
    items: rows.slice(0, context.limit),
    seeAll: listLink(slugsOf(context.payload).posts, [['workflowStatus', 'equals', 'unscheduled']]),
  }
}
