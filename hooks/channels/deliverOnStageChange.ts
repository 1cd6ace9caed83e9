import type { CollectionAfterChangeHook } from 'payload'

import { WITHOUT_DELIVERIES } from '../../src/deliveries/context'
import { queueDeliveries } from '../../src/deliveries/queueDeliveries'
import { takeDownPost } from '../../src/deliveries/takeDown'
import { OFFER_CLOSED_FLAG } from '../../src/notifications/cascadeFlag'

/**
 * Issue 15: a post that becomes published is queued to its networks; a post that leaves publication
 * (CAT-6 closing, GOV-4 « Dépublier ») is taken down from them. Inside the save's transaction: only
 * records and jobs are written here, the network calls are the jobs'.
 */
export const deliverOnStageChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context?.[WITHOUT_DELIVERIES]) return doc
  const was = previousDoc?.workflowStatus
  const is = doc.workflowStatus
  if (is === 'published' && was !== 'published') await queueDeliveries(req, doc)
  if (was === 'published' && is !== 'published') {
    await takeDownPost(req, doc.id, req.context?.[OFFER_CLOSED_FLAG] ? 'offerClosed' : 'unpublished')
  }
  return doc
}
