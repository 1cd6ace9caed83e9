import { addDays } from 'date-fns'
import type { Payload, PayloadRequest } from 'payload'

import type { ConsentDoc, PersonDoc, PostDoc, PrivacyTaskDoc } from '../../types'
import { slugsOf } from '../../slugs'

export const EXPIRING_WITHIN_DAYS = 30

/** Where a post stands on one network while it is taken down (src/deliveries). */
export type TakedownProgress = { network: string; state: string }

export type ToHandle = {
  replan: PrivacyTaskDoc[]
  takedown: PrivacyTaskDoc[]
  /** The deliveries of the posts to take down, by post ID. */
  progress: Map<string, TakedownProgress[]>
  done: PrivacyTaskDoc[]
  expiring: ConsentDoc[]
}

/**
 * Everything « À traiter » shows, read as the person looking (overrideAccess: false): open PRIV-3
 * tasks by kind, the last ones handled, and consents in force that expire within 30 days.
 */
export async function loadToHandle(payload: Payload, user: PayloadRequest['user'], now: Date = new Date()): Promise<ToHandle> {
  const as = { user, overrideAccess: false as const }
  const [open, done, expiring] = await Promise.all([
    payload.find({
      collection: slugsOf(payload).privacyTasks,
      where: { doneAt: { exists: false } },
      sort: 'createdAt',
      depth: 1,
      limit: 200,
      ...as,
    }),
    payload.find({
      collection: slugsOf(payload).privacyTasks,
      where: { doneAt: { exists: true } },
      sort: '-doneAt',
      depth: 1,
      limit: 10,
      ...as,
    }),
    payload.find({
      collection: slugsOf(payload).consents,
      where: {
        and: [
          { expiresAt: { greater_than: now.toISOString() } },
          { expiresAt: { less_than_equal: addDays(now, EXPIRING_WITHIN_DAYS).toISOString() } },
          { revokedAt: { exists: false } },
        ],
      },
      sort: 'expiresAt',
      depth: 1,
      limit: 200,
      ...as,
    }),
  ])
  const openTasks = open.docs as PrivacyTaskDoc[]
  const takedown = openTasks.filter((task) => task.kind === 'takedown')
  return {
    replan: openTasks.filter((task) => task.kind === 'replan'),
    takedown,
    progress: await takedownProgress(payload, user, takedown),
    done: done.docs as PrivacyTaskDoc[],
    expiring: expiring.docs as ConsentDoc[],
  }
}

async function takedownProgress(payload: Payload, user: PayloadRequest['user'], tasks: PrivacyTaskDoc[]) {
  const progress = new Map<string, TakedownProgress[]>()
  const ids = tasks.map((task) => postOf(task)?.id).filter((id) => id !== undefined)
  if (ids.length === 0) return progress
  const found = await payload.find({
    collection: slugsOf(payload).deliveries,
    where: { post: { in: ids } },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'network',
    select: { post: true, network: true, state: true },
    user,
    overrideAccess: false,
  })
  for (const row of found.docs as unknown as { post: unknown; network: string; state: string }[]) {
    const key = String(row.post && typeof row.post === 'object' ? (row.post as { id: unknown }).id : row.post)
    progress.set(key, [...(progress.get(key) ?? []), { network: row.network, state: row.state }])
  }
  return progress
}

export function postOf(task: PrivacyTaskDoc): PostDoc | null {
  return task.post && typeof task.post === 'object' ? task.post : null
}

export function personName(value: unknown): string {
  return value && typeof value === 'object' ? ((value as PersonDoc).fullName ?? '') : ''
}
