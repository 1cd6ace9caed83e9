import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { CHANNEL_NAMES, type Channel } from '../channels'
import { isConnectedNetwork } from '../connectors/networks'
import { slugsOf } from '../slugs'
import { queueDeliveryJob } from './deliveryJobs'

type Id = number | string
type PostDoc = { id: Id; title?: string | null; channels?: { channel?: string | null }[] | null }
type AccountDoc = { id: Id; name: string; network: string }

function channelsOf(post: PostDoc): Channel[] {
  return [...new Set((post.channels ?? []).map((row) => row.channel).filter((channel): channel is Channel => Boolean(channel)))]
}

/**
 * A post just published: one delivery per (post, account) for each of its networks with an active
 * account, and a manual delivery for each network without one (Instagram, X, LinkedIn, or a network
 * the organisation has not connected). Each automatic delivery gets its own job, queued in the same
 * transaction as the publication: the HTTP call happens later, in that job, with no database lock held.
 */
export async function queueDeliveries(req: PayloadRequest, post: PostDoc): Promise<number> {
  const { payload } = req
  const slugs = slugsOf(req)
  const channels = channelsOf(post)
  if (channels.length === 0) return 0
  const accounts = await payload.find({
    collection: slugs.channelAccounts,
    where: { and: [{ active: { equals: true } }, { network: { in: channels.filter(isConnectedNetwork) } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true, network: true },
  })
  const existing = await payload.find({
    collection: slugs.deliveries,
    where: { and: [{ post: { equals: post.id } }, { state: { in: ['queued', 'sending', 'posted', 'failed', 'unknown', 'manual'] } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { network: true, channelAccount: true },
  })
  const taken = new Set(existing.docs.map((row) => `${row.network}:${row.channelAccount ?? ''}`))
  let queued = 0
  for (const channel of channels) {
    const targets = (accounts.docs as AccountDoc[]).filter((account) => account.network === channel)
    if (targets.length === 0 && !taken.has(`${channel}:`)) {
      await payload.create({
        collection: slugs.deliveries,
        overrideAccess: true,
        req,
        data: { post: post.id as number, network: channel, state: 'manual', summary: summaryOf(post, CHANNEL_NAMES[channel]) },
      })
    }
    for (const account of targets) {
      if (taken.has(`${channel}:${account.id}`)) continue
      const delivery = await payload.create({
        collection: slugs.deliveries,
        overrideAccess: true,
        req,
        data: {
          post: post.id as number,
          network: channel,
          channelAccount: account.id as number,
          state: 'queued',
          idempotencyKey: crypto.randomUUID(),
          summary: summaryOf(post, account.name),
        },
      })
      await queueDeliveryJob(payload, delivery.id, { req })
      queued += 1
    }
  }
  return queued
}

function summaryOf(post: PostDoc, where: string): string {
  return `${post.title ?? ''} → ${where}`.slice(0, 300)
}
