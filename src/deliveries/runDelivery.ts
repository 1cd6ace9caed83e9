import { createLocalReq, type Payload } from 'payload'

import { atMoment } from '../../hooks/engine/clock'
import { checkPost } from '../../hooks/engine/checkPost'
import { refusals } from '../../hooks/engine/evaluate'
import { relationId } from '../../hooks/engine/snapshot'
import { connectorOf } from '../connectors/registry'
import type { ConnectedNetwork, Failure, PublishOutcome } from '../connectors/types'
import { credentialsFor, readAccount, type ChannelAccount } from './accountCredentials'
import { queueDeliveryJob } from './deliveryJobs'
import { deliveryWriter, publishRequestOf, readDeliveredPost, readDelivery, type DeliveryDoc } from './deliveryRecord'
import { notifyDeliveryFailed } from './notifyDeliveryFailed'
import { outgoingPostOf } from './outgoingPost'
import { recordFailureHealth, recordHealth } from './recordHealth'
import { backoffMinutes, MAX_ATTEMPTS, SENDABLE, type DeliveryFailureReason, type DeliveryState } from './states'

type Id = number | string
type Write = ReturnType<typeof deliveryWriter>
/** A failure of ours (rules, account) or the network's. */
type DeliveryFailure = { reason: DeliveryFailureReason; retryable: boolean; detail: string; retryAt?: Date }

export type DeliveryRun = { state: DeliveryState; reason?: DeliveryFailureReason }

/**
 * One attempt at one delivery, as its job: reads the delivery, the post and the account, runs the
 * rules again at `now`, and only then calls the network — with no transaction open, each write
 * below is its own short save. A delivery sent without an answer (`unknown`) is reconciled by
 * reading the network before anything is sent again.
 */
export async function runDelivery(payload: Payload, deliveryId: Id, now: Date = new Date()): Promise<DeliveryRun> {
  const delivery = await readDelivery(payload, deliveryId)
  const accountId = relationId(delivery?.channelAccount)
  if (!delivery || !SENDABLE.includes(delivery.state) || accountId === null) return { state: delivery?.state ?? 'cancelled' }
  const write = deliveryWriter(payload, delivery.id, now)
  const post = await readDeliveredPost(payload, relationId(delivery.post)!)
  if (!post || post.workflowStatus !== 'published') {
    await write({ state: 'cancelled', nextAttemptAt: null })
    return { state: 'cancelled' }
  }
  const fail = (failure: DeliveryFailure) => recordFailure(payload, delivery, post, failure, now, write)

  const refusedRules = await rulesRefusing(payload, post, now)
  // Kept neutral: a delivery is read by the whole team (PRIV-4).
  if (refusedRules.length > 0) return fail({ reason: 'rules', retryable: false, detail: refusedRules.join(', ') })

  const account = await readAccount(payload, accountId)
  if (!account || !account.active) return fail({ reason: 'noAccount', retryable: false, detail: 'account inactive or deleted' })
  if (account.health === 'reconnect') return fail({ reason: 'reconnect', retryable: false, detail: 'account needs reconnecting' })
  if (account.health === 'rateLimited' && account.rateLimitedUntil && new Date(account.rateLimitedUntil) > now) {
    const retryAt = new Date(account.rateLimitedUntil)
    await write({ nextAttemptAt: retryAt.toISOString() })
    await queueDeliveryJob(payload, delivery.id, { waitUntil: retryAt })
    return { state: delivery.state, reason: 'rateLimited' }
  }

  const outcome = await send(payload, delivery, account, post, now, write)
  if (outcome.kind === 'posted') {
    await write({
      state: 'posted',
      remoteId: outcome.remoteId,
      remoteUrl: outcome.url,
      postedAt: now.toISOString(),
      attempts: (delivery.attempts ?? 0) + 1,
      lastAttemptAt: now.toISOString(),
      failureReason: null,
      failureDetail: null,
      nextAttemptAt: null,
    })
    if (account.health !== 'ok') await recordHealth(payload, account.id, { state: 'ok', accountName: '' }, now)
    return { state: 'posted' }
  }
  if (outcome.kind === 'unknown') return recordUnknown(payload, delivery, post, outcome.detail, now, write)
  await recordFailureHealth(payload, account.id, outcome.failure, now)
  return fail(outcome.failure)
}

/**
 * Sent without a certain answer: asked again after the backoff (the next attempt reads the network
 * first). After MAX_ATTEMPTS — a network that keeps calling it a duplicate while no such post can be
 * found — it stays « à vérifier » and the responsible person is told, rather than trying forever.
 */
async function recordUnknown(
  payload: Payload,
  delivery: DeliveryDoc,
  post: Record<string, unknown>,
  detail: string,
  now: Date,
  write: Write,
): Promise<DeliveryRun> {
  const attempts = (delivery.attempts ?? 0) + 1
  const retryAt = attempts < MAX_ATTEMPTS ? new Date(now.getTime() + backoffMinutes(attempts) * 60_000) : null
  await write({
    state: 'unknown',
    attempts,
    lastAttemptAt: now.toISOString(),
    failureReason: retryAt ? 'temporary' : 'uncertain',
    failureDetail: detail.slice(0, 500),
    nextAttemptAt: retryAt?.toISOString() ?? null,
  })
  if (retryAt) await queueDeliveryJob(payload, delivery.id, { waitUntil: retryAt })
  else await notifyDeliveryFailed(payload, delivery, 'uncertain', post)
  return { state: 'unknown', reason: retryAt ? 'temporary' : 'uncertain' }
}

/** The rules that refuse the post at `now`, as the neutral findings name them. */
async function rulesRefusing(payload: Payload, post: Record<string, unknown>, now: Date): Promise<string[]> {
  const req = await createLocalReq({ context: atMoment(now) }, payload)
  const check = await checkPost(post, req, { actor: null, target: 'published', now })
  if (refusals(check.findings, false).length === 0) return []
  return [...new Set(refusals(check.neutral, false).map((finding) => finding.rule))]
}

/** A failed attempt: tried again after the backoff (or the network's own time), else the responsible person is told. */
async function recordFailure(
  payload: Payload,
  delivery: DeliveryDoc,
  post: Record<string, unknown>,
  failure: DeliveryFailure,
  now: Date,
  write: Write,
): Promise<DeliveryRun> {
  const attempts = (delivery.attempts ?? 0) + 1
  const backoff = now.getTime() + backoffMinutes(attempts) * 60_000
  const next = failure.retryable && attempts < MAX_ATTEMPTS ? new Date(Math.max(backoff, failure.retryAt?.getTime() ?? 0)) : null
  await write({
    state: 'failed',
    attempts,
    lastAttemptAt: now.toISOString(),
    firstAttemptAt: delivery.firstAttemptAt ?? now.toISOString(),
    failureReason: failure.reason,
    failureDetail: failure.detail.slice(0, 500),
    nextAttemptAt: next?.toISOString() ?? null,
  })
  if (next) await queueDeliveryJob(payload, delivery.id, { waitUntil: next })
  else await notifyDeliveryFailed(payload, delivery, failure.reason, post)
  return { state: 'failed', reason: failure.reason }
}

async function send(
  payload: Payload,
  delivery: DeliveryDoc,
  account: ChannelAccount,
  post: Record<string, unknown>,
  now: Date,
  write: Write,
): Promise<PublishOutcome | { kind: 'failed'; failure: Failure }> {
  const connector = connectorOf(account.network as ConnectedNetwork)
  const outgoing = await outgoingPostOf(payload, post, delivery.network)
  if ('detail' in outgoing) return { kind: 'failed', failure: { reason: 'rejected', retryable: false, detail: outgoing.detail } }
  const problem = connector.checkContent(outgoing)
  if (problem) return { kind: 'failed', failure: problem }
  const credentials = await credentialsFor(payload, account)
  if (!credentials) return { kind: 'failed', failure: { reason: 'reconnect', retryable: false, detail: 'no credentials stored' } }
  const request = publishRequestOf(delivery, credentials, outgoing, now) as never
  if (delivery.state === 'unknown') {
    const found = await connector.reconcile(request)
    if (found.kind !== 'absent') return found
  }
  await write({
    state: 'sending',
    firstAttemptAt: (request as { firstAttemptAt: Date }).firstAttemptAt.toISOString(),
    lastAttemptAt: now.toISOString(),
  })
  return connector.publish(request)
}
