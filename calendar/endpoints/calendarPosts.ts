import type { PayloadRequest, Where } from 'payload'

import type { PostDoc } from '../../src/types'
import type { RangeQuery } from '../range'
import { shownWithin } from '../../src/publication/shownAt'
import { slugsOf } from '../../src/slugs'

/**
 * The posts of a range, as the person may read them (latest versions, drafts included): published
 * posts at the moment they went out, the others at their planned moment (src/publication/shownAt.ts).
 */
export async function findPostsInRange(req: PayloadRequest, start: Date, end: Date, query: Partial<RangeQuery>): Promise<PostDoc[]> {
  const and: Where[] = [shownWithin(start, end), ...filters(query)]
  const { docs } = await req.payload.find({
    collection: slugsOf(req).posts,
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'publishAt',
    where: { and },
    select: {
      title: true,
      publishAt: true,
      publishedAt: true,
      closingDate: true,
      workflowStatus: true,
      channels: true,
      category: true,
      author: true,
    },
    user: req.user,
    overrideAccess: false,
    req,
  })
  return docs as PostDoc[]
}

/** Posts waiting for a date: drafts and posts in review or approved, not yet dated. */
export async function findTrayPosts(req: PayloadRequest, query: Partial<RangeQuery>): Promise<PostDoc[]> {
  const { docs } = await req.payload.find({
    collection: slugsOf(req).posts,
    draft: true,
    depth: 0,
    limit: 200,
    sort: '-updatedAt',
    where: {
      and: [
        { or: [{ publishAt: { exists: false } }, { publishAt: { equals: null } }] },
        { workflowStatus: { in: ['draft', 'in_review', 'approved', 'unscheduled'] } },
        ...filters({ ...query, status: undefined }),
      ],
    },
    select: { title: true, workflowStatus: true, channels: true, category: true, author: true },
    user: req.user,
    overrideAccess: false,
    req,
  })
  return docs as PostDoc[]
}

function filters(query: Partial<RangeQuery>): Where[] {
  const where: Where[] = []
  if (query.channel?.length) where.push({ 'channels.channel': { in: query.channel } })
  if (query.category?.length) where.push({ category: { in: query.category } })
  if (query.status?.length) where.push({ workflowStatus: { in: query.status } })
  if (query.author?.length) where.push({ author: { in: query.author } })
  return where
}
