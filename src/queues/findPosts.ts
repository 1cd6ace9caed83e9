import type { Where } from 'payload'

import type { Post } from '../../dev/payload-types'
import type { QueueContext } from './types'

/** Posts as the person reads them (latest drafts included), with only the fields a queue shows. */
export async function findPosts(
  { payload, user }: QueueContext,
  where: Where,
  { limit, sort = '-updatedAt', withHistory = false }: { limit: number; sort?: string; withHistory?: boolean },
): Promise<{ docs: Post[]; totalDocs: number }> {
  const { docs, totalDocs } = await payload.find({
    collection: 'posts',
    draft: true,
    where,
    sort,
    limit,
    // History rows name who moved the post: populated only as far as the person may read accounts.
    depth: withHistory ? 1 : 0,
    select: { title: true, publishAt: true, workflowStatus: true, author: true, ...(withHistory ? { history: true } : {}) },
    user,
    overrideAccess: false,
  })
  return { docs: docs as Post[], totalDocs }
}

export const postItem = (post: Post) => ({ kind: 'post' as const, id: post.id, title: post.title, publishAt: post.publishAt ?? null })
