/**
 * A delivery is one post on one network account (issue 15):
 * queued → sending → posted | failed (retryable: tried again at `nextAttemptAt`) | unknown (sent
 * without an answer: the network is read before anything is sent again). `manual`: a network
 * without a connector here, published by a person who then marks it. `cancelled`: the post left
 * publication before it was sent. After `posted`: removing → removed | removalFailed.
 */
export const DELIVERY_STATES = [
  'queued',
  'sending',
  'posted',
  'failed',
  'unknown',
  'manual',
  'cancelled',
  'removing',
  'removed',
  'removalFailed',
] as const
export type DeliveryState = (typeof DELIVERY_STATES)[number]

/** `uncertain`: sent MAX_ATTEMPTS times without a certain answer (nor found on the network): a person looks. */
export const FAILURE_REASONS = ['reconnect', 'rateLimited', 'temporary', 'rejected', 'rules', 'noAccount', 'uncertain'] as const
export type DeliveryFailureReason = (typeof FAILURE_REASONS)[number]

/** Why a published post is taken down: kept neutral (the history of a post is read by everyone). */
export const REMOVAL_CAUSES = ['privacy', 'offerClosed', 'unpublished'] as const
export type RemovalCause = (typeof REMOVAL_CAUSES)[number]

/** States a delivery job acts on. */
export const SENDABLE: readonly DeliveryState[] = ['queued', 'failed', 'unknown']

/** At most this many sends per delivery; after that it waits for « Réessayer ». */
export const MAX_ATTEMPTS = 6

/** Minutes before attempt n+1 (n ≥ 1): 1, 4, 16, 64, 256 — whichever is later, this or the network's own retry time. */
export function backoffMinutes(attempts: number): number {
  return 4 ** Math.max(0, attempts - 1)
}
