import { createLocalReq, type Payload } from 'payload'

import { atMoment } from '../../hooks/engine/clock'
import { checkPost } from '../../hooks/engine/checkPost'
import { refusals } from '../../hooks/engine/evaluate'
import { connectorOf } from '../connectors/registry'
import type { ConnectedNetwork, Failure, PublishOutcome } from '../connectors/types'
import { slugsOf } from '../slugs'
import { credentialsFor, readAccount, type ChannelAccount } from './accountCredentials'
import { recordHealth } from './recordHealth'
import { notifyDeliveryFailed } from './notifyDeliveryFailed'
import { outgoingPostOf } from './outgoingPost'
import { queueDeliveryJob } from './queueDeliveries'
import { backoffMinutes, MAX_ATTEMPTS, SENDABLE, type DeliveryFailureReason, type DeliveryState } from './states'

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
}

const idOf = (value: Id | { id: Id }): Id => (typeof value === 'object' ? value.id : value)

export type DeliveryRun = { state: DeliveryState; reason?: DeliveryFailureReason }

/**
 * One attempt at one delivery, as its job: reads the delivery, the post and the account, runs the
 * rules again at `now`, and only then calls the network — with no transaction open, each write
 * below is its own short save. A delivery sent without an answer (`unknown`) is reconciled by
 * reading the network before anything is sent again.
 */
export async function runDelivery(payload: Payload, deliveryId: Id, now: Date = new Date()): Promise<DeliveryRun> {
  const slugs = slugsOf(payload)
  const delivery = (await payload
    .findByID({ collection: slugs.deliveries, id: deliveryId, depth: 0, overrideAccess: true })
    .catch(() => null)) as DeliveryDoc | null
  if (!delivery || !SENDABLE.includes(delivery.state) || !delivery.channelAccount) return { state: delivery?.state ?? 'cancelled' }
  const write = (data: Record<string, unknown>) =>
    payload.update({ collection: slugs.deliveries, id: delivery.id, data, overrideAccess: true, context: atMoment(now) })
  const post = (await payload
    .findByID({ collection: slugs.posts, id: idOf(delivery.post), draft: true, depth: 0, overrideAccess: true })
    .catch(() => null)) as Record<string, unknown> | null
  if (!post || post.workflowStatus !== 'published') {
    await write({ state: 'cancelled', nextAttemptAt: null })
    return { state: 'cancelled' }
  }
  const fail = async (failure: Failure | { reason: DeliveryFailureReason; retryable: boolean; detail: string; retryAt?: Date }) => {
    const attempts = (delivery.attempts ?? 0) + 1
    const retryable = failure.retryable && attempts < MAX_ATTEMPTS
    const backoff = new Date(now.getTime() + backoffMinutes(attempts) * 60_000)
    const next = retryable ? new Date(Math.max(backoff.getTime(), failure.retryAt?.getTime() ?? 0)) : null
    await write({
      state: 'failed',
      attempts,
      lastAttemptAt: now.toISOString(),
      firstAttemptAt: delivery.firstAttemptAt ?? now.toISOString(),
      failureReason: failure.reason,
      failureDetail: failure.detail.slice(0, 500),
      nextAttemptAt: next?.toISOString() ?? null,
    })
    if (next) await queueDeliveryJob(await createLocalReq({}, payload), delivery.id, next)
    else await notifyDeliveryFailed(payload, delivery, failure.reason, post)
    return { state: 'failed' as const, reason: failure.reason }
  }

  const req = await createLocalReq({ context: atMoment(now) }, payload)
  const check = await checkPost(post, req, { actor: null, target: 'published', now })
  const refused = refusals(check.findings, false)
  if (refused.length > 0) {
    // The refusal is kept neutral: a delivery is read by the whole team (PRIV-4).
    const neutral = refusals(check.neutral, false).map((finding) => finding.rule)
    return fail({ reason: 'rules', retryable: false, detail: [...new Set(neutral)].join(', ') })
  }

  const account = await readAccount(payload, idOf(delivery.channelAccount))
  if (!account || !account.active) return fail({ reason: 'noAccount', retryable: false, detail: 'account inactive or deleted' })
  if (account.health === 'reconnect') return fail({ reason: 'reconnect', retryable: false, detail: 'account needs reconnecting' })
  if (account.health === 'rateLimited' && account.rateLimitedUntil && new Date(account.rateLimitedUntil) > now) {
    const retryAt = new Date(account.rateLimitedUntil)
    await write({ nextAttemptAt: retryAt.toISOString() })
    await queueDeliveryJob(req, delivery.id, retryAt)
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
  if (outcome.kind === 'unknown') {
    // Asked again in a minute: the next attempt reads the network first.
    const retryAt = new Date(now.getTime() + 60_000)
    await write({
      state: 'unknown',
      failureReason: 'temporary',
      failureDetail: outcome.detail.slice(0, 500),
      nextAttemptAt: retryAt.toISOString(),
    })
    await queueDeliveryJob(req, delivery.id, retryAt)
    return { state: 'unknown' }
  }
  const { failure } = outcome
  if (failure.reason === 'reconnect') await recordHealth(payload, account.id, { state: 'reconnect', detail: failure.detail }, now)
  if (failure.reason === 'rateLimited')
    await recordHealth(payload, account.id, { state: 'rateLimited', retryAt: failure.retryAt, detail: failure.detail }, now)
  return fail(failure)
}

async function send(
  payload: Payload,
  delivery: DeliveryDoc,
  account: ChannelAccount,
  post: Record<string, unknown>,
  now: Date,
  write: (data: Record<string, unknown>) => Promise<unknown>,
): Promise<PublishOutcome | { kind: 'failed'; failure: Failure }> {
  const network = account.network as ConnectedNetwork
  const connector = connectorOf(network)
  const outgoing = await outgoingPostOf(payload, post, delivery.network)
  if ('detail' in outgoing) return { kind: 'failed', failure: { reason: 'rejected', retryable: false, detail: outgoing.detail } }
  const problem = connector.checkContent(outgoing)
  if (problem) return { kind: 'failed', failure: problem }
  const credentials = await credentialsFor(payload, account)
  if (!credentials) return { kind: 'failed', failure: { reason: 'reconnect', retryable: false, detail: 'no credentials stored' } }
  const firstAttemptAt = delivery.firstAttemptAt ? new Date(delivery.firstAttemptAt) : now
  const request = { credentials, post: outgoing, idempotencyKey: delivery.idempotencyKey ?? String(delivery.id), firstAttemptAt } as never
  if (delivery.state === 'unknown') {
    const found = await connector.reconcile(request)
    if (found.kind !== 'absent') return found
  }
  await write({ state: 'sending', firstAttemptAt: firstAttemptAt.toISOString(), lastAttemptAt: now.toISOString() })
  return connector.publish(request)
}
