import { createLocalReq, type Payload } from 'payload'

import { atMoment } from '../../hooks/engine/clock'
import { connectorOf } from '../connectors/registry'
import type { ConnectedNetwork, Failure } from '../connectors/types'
import { BALISES_QUEUE } from '../jobs/queue'
import { openPrivacyTask } from '../privacy/openPrivacyTask'
import { slugsOf } from '../slugs'
import { translate } from '../translations'
import { credentialsFor, readAccount } from './accountCredentials'
import { notifyDeliveryFailed } from './notifyDeliveryFailed'
import { outgoingPostOf } from './outgoingPost'
import { recordHealth } from './recordHealth'
import type { DeliveryDoc } from './runDelivery'
import { backoffMinutes, MAX_ATTEMPTS } from './states'
import { TAKEDOWN_TASK_SLUG } from './taskSlugs'

type Id = number | string
const idOf = (value: Id | { id: Id }): Id => (typeof value === 'object' ? value.id : value)

export type TakedownRun = { state: 'removed' | 'removing' | 'removalFailed' | 'skipped' }

/**
 * One attempt at removing one delivery from its network, as its job, outside any transaction. A
 * throttled network (Mastodon: 30 deletions per 30 minutes) puts the rest off until the time it
 * gives: the delivery stays `removing` (« retrait en cours ») until done. What cannot be removed
 * goes to « À traiter » and the responsible person is told.
 */
export async function runTakedown(payload: Payload, deliveryId: Id, now: Date = new Date()): Promise<TakedownRun> {
  const slugs = slugsOf(payload)
  const delivery = (await payload
    .findByID({ collection: slugs.deliveries, id: deliveryId, depth: 0, overrideAccess: true })
    .catch(() => null)) as (DeliveryDoc & { removalCause?: string | null; remoteUrl?: string | null }) | null
  if (!delivery || delivery.state !== 'removing' || !delivery.channelAccount) return { state: 'skipped' }
  const write = (data: Record<string, unknown>) =>
    payload.update({ collection: slugs.deliveries, id: delivery.id, data, overrideAccess: true, context: atMoment(now) })
  const account = await readAccount(payload, idOf(delivery.channelAccount))
  const credentials = account ? await credentialsFor(payload, account) : null
  const post = (await payload.findByID({
    collection: slugs.posts,
    id: idOf(delivery.post),
    draft: true,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
  const giveUp = async (
    failure: Pick<Failure, 'detail'> & { reason: 'reconnect' | 'rateLimited' | 'temporary' | 'rejected' | 'noAccount' },
  ) => {
    await write({ state: 'removalFailed', failureReason: failure.reason, failureDetail: failure.detail.slice(0, 500), nextAttemptAt: null })
    // A consent's takedown that failed waits for a person in « À traiter »; the others in the notification.
    if (delivery.removalCause === 'privacy') {
      await openPrivacyTask(await createLocalReq({}, payload), {
        kind: 'takedown',
        cause: 'withdrawn',
        post: { id: post.id as Id, title: String(post.title ?? '') },
        consentId: null,
        personId: null,
        reason: translate('fr', 'deliveries:takedownTask', {
          url: String(delivery.remoteUrl ?? delivery.remoteId ?? ''),
          reason: translate('fr', `deliveries:reason_${failure.reason}`),
        }),
      })
    }
    await notifyDeliveryFailed(payload, delivery, failure.reason, post, 'takedownFailed')
    return { state: 'removalFailed' as const }
  }
  if (!account || !credentials) return giveUp({ reason: 'noAccount', detail: 'account deleted or without credentials' })
  const connector = connectorOf(account.network as ConnectedNetwork)
  let remoteId = delivery.remoteId ?? null
  if (!remoteId) {
    // Sent without an answer: read the network for it first.
    const outgoing = await outgoingPostOf(payload, post, delivery.network)
    if ('detail' in outgoing) return giveUp({ reason: 'rejected', detail: outgoing.detail })
    const found = await connector.reconcile({
      credentials,
      post: outgoing,
      idempotencyKey: delivery.idempotencyKey ?? String(delivery.id),
      firstAttemptAt: new Date(delivery.firstAttemptAt ?? now),
    } as never)
    if (found.kind === 'absent') {
      await write({ state: 'removed', removedAt: now.toISOString() })
      return { state: 'removed' }
    }
    if (found.kind === 'failed') return retryLater(found.failure)
    remoteId = found.remoteId
    await write({ remoteId, remoteUrl: found.url })
  }
  const outcome = await connector.remove({ credentials, remoteId } as never)
  if (outcome.kind !== 'failed') {
    await write({ state: 'removed', removedAt: now.toISOString(), failureReason: null, failureDetail: null, nextAttemptAt: null })
    return { state: 'removed' }
  }
  return retryLater(outcome.failure)

  async function retryLater(failure: Failure): Promise<TakedownRun> {
    if (failure.reason === 'reconnect') await recordHealth(payload, account!.id, { state: 'reconnect', detail: failure.detail }, now)
    if (failure.reason === 'rateLimited')
      await recordHealth(payload, account!.id, { state: 'rateLimited', retryAt: failure.retryAt, detail: failure.detail }, now)
    const attempts = (delivery!.attempts ?? 0) + 1
    // A throttled takedown waits as long as the network says, however many times: it must finish.
    if (!failure.retryable || (failure.reason !== 'rateLimited' && attempts >= MAX_ATTEMPTS)) return giveUp(failure)
    const backoff = new Date(now.getTime() + backoffMinutes(attempts) * 60_000)
    const next =
      failure.reason === 'rateLimited' && failure.retryAt
        ? failure.retryAt
        : new Date(Math.max(backoff.getTime(), failure.retryAt?.getTime() ?? 0))
    await write({ attempts, failureReason: failure.reason, failureDetail: failure.detail.slice(0, 500), nextAttemptAt: next.toISOString() })
    await payload.jobs.queue({ task: TAKEDOWN_TASK_SLUG, input: { delivery: String(delivery!.id) }, queue: BALISES_QUEUE, waitUntil: next })
    return { state: 'removing' }
  }
}
