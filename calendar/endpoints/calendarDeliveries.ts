import type { PayloadRequest } from 'payload'

import type { PostDoc } from '../../src/types'
import { slugsOf } from '../../src/slugs'
import { deliveriesByPost, type DeliveryRow, type EventDelivery } from '../deliverySummary'

/** Only a post that went out has deliveries: published, or archived after it was taken down. */
const DELIVERED_STAGES: readonly PostDoc['workflowStatus'][] = ['published', 'archived']

/**
 * The deliveries of the range's posts, in one query, as the person may read them: a role without
 * read access gets none (`disableErrors`: an empty answer, not a 403 for the whole calendar).
 */
export async function findDeliveriesOf(req: PayloadRequest, posts: readonly PostDoc[]): Promise<Map<string, EventDelivery[]>> {
  const ids = posts.filter((post) => DELIVERED_STAGES.includes(post.workflowStatus)).map((post) => post.id)
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: slugsOf(req).deliveries,
    where: { post: { in: ids } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { post: true, network: true, state: true, failureReason: true, remoteUrl: true },
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  return deliveriesByPost(docs as DeliveryRow[])
}
