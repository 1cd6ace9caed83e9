import type { PayloadRequest } from 'payload'

import { slugsOf } from '../slugs'
import type { RemovalCause } from './states'
import { queueTakedownJob } from './deliveryJobs'

type Id = number | string
type Row = { id: Id; state: string; channelAccount?: Id | null; remoteUrl?: string | null; network: string }

export type TakedownStart = {
  /** Deliveries a job now removes from their network. */
  automatic: number
  /** Published by a person (manual networks): only a person can remove them; their URLs. */
  manual: { network: string; url: string | null }[]
  /** The post went out before any delivery was recorded (or on no network Balises knows of). */
  untracked: boolean
}

/**
 * A published post must come down (PRIV-3 withdrawal, CAT-6 closing, GOV-4 « Dépublier »): every
 * delivery that reached, or may have reached, a network is marked `removing` and gets its takedown
 * job; deliveries not sent yet are cancelled. Runs inside the caller's transaction: no network call
 * here, the jobs make them.
 */
export async function takeDownPost(req: PayloadRequest, postId: Id, cause: RemovalCause): Promise<TakedownStart> {
  const { payload } = req
  const slug = slugsOf(req).deliveries
  const found = await payload.find({
    collection: slug,
    where: { post: { equals: postId } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { state: true, channelAccount: true, remoteUrl: true, network: true },
  })
  const rows = found.docs as unknown as Row[]
  const start: TakedownStart = { automatic: 0, manual: [], untracked: rows.length === 0 }
  for (const row of rows) {
    const update = (data: Record<string, unknown>) => payload.update({ collection: slug, id: row.id, data, overrideAccess: true, req })
    if (!row.channelAccount) {
      // Published by hand, or perhaps published by hand without being marked: only a person knows.
      if (row.state === 'posted') {
        start.manual.push({ network: row.network, url: row.remoteUrl ?? null })
        await update({ removalCause: cause })
      } else if (row.state === 'manual') {
        start.manual.push({ network: row.network, url: null })
        // Its cause stays: perhaps published by hand without being marked, so a person confirms.
        await update({ state: 'cancelled', removalCause: cause })
      }
      continue
    }
    if (row.state === 'queued' || row.state === 'failed') {
      await update({ state: 'cancelled', nextAttemptAt: null })
    } else if (row.state === 'posted' || row.state === 'sending' || row.state === 'unknown' || row.state === 'removalFailed') {
      await update({ state: 'removing', removalCause: cause, nextAttemptAt: null, attempts: 0 })
      await queueTakedownJob(payload, row.id, { req })
      start.automatic += 1
    }
  }
  return start
}
