import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../engine/snapshot'
import { clockOf } from '../engine/clock'
import { deliveryHistoryEvent } from '../../src/deliveries/historyEvents'
import { appendPostHistoryEvent } from '../../src/deliveries/postHistory'

/**
 * A delivery that reached its network, failed for good, came down or could not: the post's history
 * says so (« Publiée sur Bluesky », « Retirée de Mastodon »), beside its stage changes.
 */
export const recordDeliveryInHistory: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const found = deliveryHistoryEvent(previousDoc, doc)
  const postId = relationId(doc.post)
  if (!found || postId === null) return doc
  const at = found.at ?? clockOf(req).toISOString()
  await appendPostHistoryEvent(req, postId, { event: found.event, network: String(doc.network), at })
  return doc
}
