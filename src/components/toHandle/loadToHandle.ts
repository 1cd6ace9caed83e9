import { addDays } from 'date-fns'
import type { Payload, PayloadRequest } from 'payload'

import type { ConsentDoc, PersonDoc, PostDoc, PrivacyTaskDoc } from '../../types'
import { slugsOf } from '../../slugs'

export const EXPIRING_WITHIN_DAYS = 30

export type ToHandle = {
  replan: PrivacyTaskDoc[]
  takedown: PrivacyTaskDoc[]
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
  return {
    replan: openTasks.filter((task) => task.kind === 'replan'),
    takedown: openTasks.filter((task) => task.kind === 'takedown'),
    done: done.docs as PrivacyTaskDoc[],
    expiring: expiring.docs as ConsentDoc[],
  }
}

export function postOf(task: PrivacyTaskDoc): PostDoc | null {
  return task.post && typeof task.post === 'object' ? task.post : null
}

export function personName(value: unknown): string {
  return value && typeof value === 'object' ? ((value as PersonDoc).fullName ?? '') : ''
}
