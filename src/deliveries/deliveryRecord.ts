import type { Payload } from 'payload'

import { atMoment } from '../../hooks/engine/clock'
import type { OutgoingPost } from '../connectors/types'
import { slugsOf } from '../slugs'
import type { DeliveryState } from './states'

type Id = number | string

export type DeliveryDoc = {
  id: Id
  post: Id | { id: Id }
  network: string
  channelAccount?: Id | { id: Id } | null
  state: DeliveryState
  idempotencyKey?: string | null
  attempts?: number | null
  firstAttemptAt?: string | null
  remoteId?: string | null
  remoteUrl?: string | null
  removalCause?: string | null
}

/** The delivery as stored, for its jobs (the system reads it), or null once it is gone. */
export async function readDelivery(payload: Payload, id: Id): Promise<DeliveryDoc | null> {
  return (await payload
    .findByID({ collection: slugsOf(payload).deliveries, id, depth: 0, overrideAccess: true })
    .catch(() => null)) as DeliveryDoc | null
}

/** A job's write to its delivery, dated at the job's moment. */
export function deliveryWriter(payload: Payload, id: Id, now: Date) {
  return (data: Record<string, unknown>) =>
    payload.update({ collection: slugsOf(payload).deliveries, id, data, overrideAccess: true, context: atMoment(now) })
}

/** The post a delivery carries, latest version, or null once it is gone. */
export async function readDeliveredPost(payload: Payload, id: Id): Promise<Record<string, unknown> | null> {
  return (await payload
    .findByID({ collection: slugsOf(payload).posts, id, draft: true, depth: 0, overrideAccess: true })
    .catch(() => null)) as unknown as Record<string, unknown> | null
}

/** What publish and reconcile receive for this delivery: the same key and first attempt on every try. */
export function publishRequestOf<C>(delivery: DeliveryDoc, credentials: C, post: OutgoingPost, now: Date) {
  return {
    credentials,
    post,
    idempotencyKey: delivery.idempotencyKey ?? String(delivery.id),
    firstAttemptAt: delivery.firstAttemptAt ? new Date(delivery.firstAttemptAt) : now,
  }
}
