import type { PayloadRequest } from 'payload'

import { PLANNED_STATUSES } from '../workflow'
import { slugsOf } from '../slugs'

export type PostShowing = { id: number | string; title: string; workflowStatus: string; publishAt?: string | null }

/**
 * The posts whose images show a person, as the system reads them (latest version, drafts
 * included): `planned` (approved or scheduled) and `published`.
 */
export async function postsShowingPerson(
  req: PayloadRequest,
  personId: number | string,
): Promise<{ planned: PostShowing[]; published: PostShowing[] }> {
  const { payload } = req
  const images = await payload.find({
    collection: slugsOf(payload).media,
    where: { people: { contains: personId } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { filename: true },
  })
  if (images.docs.length === 0) return { planned: [], published: [] }
  const posts = await payload.find({
    collection: slugsOf(payload).posts,
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    where: {
      and: [{ media: { in: images.docs.map((image) => image.id) } }, { workflowStatus: { in: [...PLANNED_STATUSES, 'published'] } }],
    },
    select: { title: true, workflowStatus: true, publishAt: true },
  })
  const all = posts.docs as unknown as PostShowing[]
  return {
    planned: all.filter((post) => post.workflowStatus !== 'published'),
    published: all.filter((post) => post.workflowStatus === 'published'),
  }
}
