import type { Payload } from 'payload'

import { slugsOf } from '../slugs'
import { queueDeliveryJob } from './deliveryJobs'

/** Far longer than any network call may take (src/connectors/http.ts): a delivery still `sending` then was cut off. */
export const SENDING_STALE_AFTER_MINUTES = 10

/**
 * A delivery left `sending` (the process stopped between the call and its answer) may or may not be
 * on the network: it becomes `unknown`, and its job reads the network before sending anything again.
 * Run with each publication run; returns the deliveries it recovered.
 */
export async function sweepStaleSendings(payload: Payload, now: Date): Promise<(number | string)[]> {
  const slug = slugsOf(payload).deliveries
  const before = new Date(now.getTime() - SENDING_STALE_AFTER_MINUTES * 60_000).toISOString()
  const stale = await payload.find({
    collection: slug,
    where: { and: [{ state: { equals: 'sending' } }, { lastAttemptAt: { less_than: before } }] },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    select: { state: true },
  })
  for (const delivery of stale.docs) {
    await payload.update({
      collection: slug,
      id: delivery.id,
      data: { state: 'unknown', failureReason: 'temporary', failureDetail: 'cut off while sending', nextAttemptAt: now.toISOString() },
      overrideAccess: true,
    })
    await queueDeliveryJob(payload, delivery.id)
  }
  return stale.docs.map((delivery) => delivery.id)
}
