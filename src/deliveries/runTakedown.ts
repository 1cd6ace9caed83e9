import { createLocalReq, type Payload } from 'payload'

import { relationId } from '../../hooks/engine/snapshot'
import { connectorOf } from '../connectors/registry'
import type { ConnectedNetwork, Connector, Failure } from '../connectors/types'
import { openPrivacyTask } from '../privacy/openPrivacyTask'
import { translate } from '../translations'
import { slugsOf } from '../slugs'
import { credentialsFor, readAccount } from './accountCredentials'
import { closeTakedownTaskIfDone } from './closeTakedownTask'
import { queueTakedownJob } from './deliveryJobs'
import { deliveryWriter, publishRequestOf, readDeliveredPost, readDelivery, type DeliveryDoc } from './deliveryRecord'
import { notifyDeliveryFailed } from './notifyDeliveryFailed'
import { outgoingPostOf } from './outgoingPost'
import { recordFailureHealth } from './recordHealth'
import { backoffMinutes, MAX_ATTEMPTS, type DeliveryFailureReason } from './states'

type Id = number | string
type Write = ReturnType<typeof deliveryWriter>
type Post = Record<string, unknown>

export type TakedownRun = { state: 'removed' | 'removing' | 'removalFailed' | 'skipped' }

/**
 * One attempt at removing one delivery from its network, as its job, outside any transaction. A
 * throttled network (Mastodon: 30 deletions per 30 minutes) puts the rest off until the time it
 * gives: the delivery stays `removing` (« retrait en cours ») until done. What cannot be removed
 * goes to « À traiter » and the responsible person is told.
 */
export async function runTakedown(payload: Payload, deliveryId: Id, now: Date = new Date()): Promise<TakedownRun> {
  const delivery = await readDelivery(payload, deliveryId)
  const accountId = relationId(delivery?.channelAccount)
  if (!delivery || delivery.state !== 'removing' || accountId === null) return { state: 'skipped' }
  const write = deliveryWriter(payload, delivery.id, now)
  const postId = relationId(delivery.post)!
  const post: Post = (await readDeliveredPost(payload, postId)) ?? { id: postId, title: '' }
  const account = await readAccount(payload, accountId)
  const credentials = account ? await credentialsFor(payload, account) : null
  if (!account || !credentials)
    return giveUp(payload, delivery, post, { reason: 'noAccount', detail: 'account deleted or without credentials' }, write)
  const connector = connectorOf(account.network as ConnectedNetwork) as Connector

  const found = await remoteIdOf(payload, connector, delivery, post, credentials, now)
  if ('failure' in found) return retryLater(payload, delivery, post, found.failure, now, write, account.id)
  if (found.remoteId === null) {
    // Never reached the network after all: nothing to remove.
    await write({ state: 'removed', removedAt: now.toISOString() })
    await closeTakedownTaskIfDone(payload, postId, now)
    return { state: 'removed' }
  }
  if (found.remoteId !== delivery.remoteId) await write({ remoteId: found.remoteId, remoteUrl: found.url })
  const outcome = await connector.remove({ credentials, remoteId: found.remoteId } as never)
  if (outcome.kind === 'failed') return retryLater(payload, delivery, post, outcome.failure, now, write, account.id)
  await write({ state: 'removed', removedAt: now.toISOString(), failureReason: null, failureDetail: null, nextAttemptAt: null })
  await closeTakedownTaskIfDone(payload, postId, now)
  return { state: 'removed' }
}

/** The post's ID on the network: recorded, or — for a delivery sent without an answer — read from the network first. */
async function remoteIdOf(
  payload: Payload,
  connector: Connector,
  delivery: DeliveryDoc,
  post: Post,
  credentials: unknown,
  now: Date,
): Promise<{ remoteId: string | null; url?: string } | { failure: Failure }> {
  if (delivery.remoteId) return { remoteId: delivery.remoteId }
  const outgoing = await outgoingPostOf(payload, post, delivery.network)
  if ('detail' in outgoing) return { failure: { reason: 'rejected', retryable: false, detail: outgoing.detail } }
  const found = await connector.reconcile(publishRequestOf(delivery, credentials, outgoing, now) as never)
  if (found.kind === 'failed') return { failure: found.failure }
  return found.kind === 'absent' ? { remoteId: null } : { remoteId: found.remoteId, url: found.url }
}

/** A throttled takedown waits as long as the network says, however many times: it must finish. Others give up after MAX_ATTEMPTS. */
async function retryLater(
  payload: Payload,
  delivery: DeliveryDoc,
  post: Post,
  failure: Failure,
  now: Date,
  write: Write,
  accountId: Id,
): Promise<TakedownRun> {
  await recordFailureHealth(payload, accountId, failure, now)
  const attempts = (delivery.attempts ?? 0) + 1
  if (!failure.retryable || (failure.reason !== 'rateLimited' && attempts >= MAX_ATTEMPTS))
    return giveUp(payload, delivery, post, failure, write)
  const backoff = now.getTime() + backoffMinutes(attempts) * 60_000
  const next =
    failure.reason === 'rateLimited' && failure.retryAt ? failure.retryAt : new Date(Math.max(backoff, failure.retryAt?.getTime() ?? 0))
  await write({ attempts, failureReason: failure.reason, failureDetail: failure.detail.slice(0, 500), nextAttemptAt: next.toISOString() })
  await queueTakedownJob(payload, delivery.id, { waitUntil: next })
  return { state: 'removing' }
}

/** What cannot be removed: a consent's takedown waits for a person in « À traiter »; every one is notified. */
async function giveUp(
  payload: Payload,
  delivery: DeliveryDoc,
  post: Post,
  failure: { reason: DeliveryFailureReason; detail: string },
  write: Write,
): Promise<TakedownRun> {
  await write({ state: 'removalFailed', failureReason: failure.reason, failureDetail: failure.detail.slice(0, 500), nextAttemptAt: null })
  // The withdrawal's own task stays open (src/deliveries/closeTakedownTask.ts): one for the post is enough.
  if (delivery.removalCause === 'privacy' && !(await hasOpenTakedownTask(payload, post.id as Id))) {
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
  return { state: 'removalFailed' }
}

async function hasOpenTakedownTask(payload: Payload, postId: Id): Promise<boolean> {
  const open = await payload.count({
    collection: slugsOf(payload).privacyTasks,
    where: { and: [{ post: { equals: postId } }, { kind: { equals: 'takedown' } }, { doneAt: { exists: false } }] },
    overrideAccess: true,
  })
  return open.totalDocs > 0
}
