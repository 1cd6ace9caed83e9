import type { Payload } from 'payload'

import { slugsOf } from '../slugs'

type Id = number | string
type Row = { state: string; channelAccount?: Id | null; removalCause?: string | null }

/**
 * Whether the networks are done with the post: nothing is being removed or failed to be, and no
 * network a person publishes by hand was concerned (only a person can say it is down there).
 */
export function takedownComplete(rows: readonly Row[]): boolean {
  return rows.every((row) => {
    if (row.state === 'removing' || row.state === 'removalFailed') return false
    return Boolean(row.channelAccount) || !row.removalCause
  })
}

/**
 * After a takedown job removed a delivery: when the post is off every network Balises reached, its
 * open « À traiter » takedown tasks are marked done by the system (« Traité récemment »).
 */
export async function closeTakedownTaskIfDone(payload: Payload, postId: Id, now: Date): Promise<boolean> {
  const slugs = slugsOf(payload)
  const rows = await payload.find({
    collection: slugs.deliveries,
    where: { post: { equals: postId } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { state: true, channelAccount: true, removalCause: true },
  })
  if (!takedownComplete(rows.docs as unknown as Row[])) return false
  const open = await payload.find({
    collection: slugs.privacyTasks,
    where: { and: [{ post: { equals: postId } }, { kind: { equals: 'takedown' } }, { doneAt: { exists: false } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { doneAt: true },
  })
  for (const task of open.docs)
    await payload.update({ collection: slugs.privacyTasks, id: task.id, data: { doneAt: now.toISOString() }, overrideAccess: true })
  return open.docs.length > 0
}
