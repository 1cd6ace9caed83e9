import type { DeliveryState } from './states'

/** What the post's history says of its deliveries: where it went out, failed for good, came down. */
export const DELIVERY_HISTORY_EVENTS = ['delivered', 'deliveryFailed', 'removed', 'removalFailed'] as const
export type DeliveryHistoryEvent = (typeof DELIVERY_HISTORY_EVENTS)[number]

export type DeliverySnapshot = {
  state: DeliveryState
  nextAttemptAt?: string | null
  postedAt?: string | null
  removedAt?: string | null
  lastAttemptAt?: string | null
}

/**
 * The history event a delivery's save makes, if any, and its moment when the delivery records one
 * (else the save's own). A failure waiting for its next attempt is not one yet: only the attempt
 * after which nothing more is tried.
 */
export function deliveryHistoryEvent(
  previous: Pick<DeliverySnapshot, 'state' | 'nextAttemptAt'> | null | undefined,
  doc: DeliverySnapshot,
): { event: DeliveryHistoryEvent; at: string | null } | null {
  const before = previous?.state
  if (doc.state === 'posted' && before !== 'posted') return { event: 'delivered', at: doc.postedAt ?? null }
  if (doc.state === 'removed' && before !== 'removed') return { event: 'removed', at: doc.removedAt ?? null }
  if (doc.state === 'removalFailed' && before !== 'removalFailed') return { event: 'removalFailed', at: null }
  const givenUp = (row: Pick<DeliverySnapshot, 'state' | 'nextAttemptAt'> | null | undefined) =>
    row?.state === 'failed' && !row.nextAttemptAt
  if (givenUp(doc) && !givenUp(previous)) return { event: 'deliveryFailed', at: doc.lastAttemptAt ?? null }
  return null
}
