import { findPosts, postItem } from './findPosts'
import { listLink } from './listLink'
import type { Queue, QueueContext } from './types'
import { slugsOf } from '../slugs'
import type { PositionDoc } from '../types'

/** What waits for the Collective: CAT-10 posts in review (POS-1) and positions not adopted yet. */
export async function collective(context: QueueContext): Promise<Queue> {
  const { payload, user, limit } = context
  const as = { user, overrideAccess: false as const }
  const category = await payload.find({
    collection: slugsOf(payload).categories,
    where: { code: { equals: 'CAT-10' } },
    limit: 1,
    depth: 0,
    select: { code: true },
    ...as,
  })
  const categoryId = category.docs[0]?.id
  const [posts, positions] = await Promise.all([
    categoryId === undefined
      ? { docs: [], totalDocs: 0 }
      : findPosts(
          context,
          { and: [{ workflowStatus: { equals: 'in_review' } }, { category: { equals: categoryId } }] },
          { limit, sort: 'updatedAt' },
        ),
    payload.find({
      collection: slugsOf(payload).positions,
      where: { status: { equals: 'draft' } },
      sort: 'updatedAt',
      limit,
      depth: 0,
      select: { title: true },
      ...as,
    }),
  ])
  const items = [
    ...posts.docs.map(postItem),
    ...(positions.docs as Pick<PositionDoc, 'id' | 'title'>[]).map((position) => ({
      kind: 'position' as const,
      id: position.id,
      title: position.title,
    })),
  ]
  return {
    name: 'collective',
    count: posts.totalDocs + positions.totalDocs,
    items: items.slice(0, limit),
    seeAll:
      categoryId === undefined
        ? null
        : listLink(slugsOf(context.payload).posts, [
            ['workflowStatus', 'equals', 'in_review'],
            ['category', 'equals', categoryId],
          ]),
  }
}
