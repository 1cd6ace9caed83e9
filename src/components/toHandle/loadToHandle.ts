import { addDays } from 'date-fns'
import type { Payload, PayloadRequest } from 'payload'

import type { Consent, Person, Post, PrivacyTask } from '../../../dev/payload-types'

export const EXPIRING_WITHIN_DAYS = 30

export type ToHandle = {
  replan: PrivacyTask[]
  takedown: PrivacyTask[]
  done: PrivacyTask[]
  expiring: Consent[]
}

/**
 * Everything « À traiter » shows, read as the person looking (overrideAccess: false): open PRIV-3
 * tasks by kind, the last ones handled, and consents in force that expire within 30 days.
 */
export async function loadToHandle(payload: Payload, user: PayloadRequest['user'], now: Date = new Date()): Promise<ToHandle> {
  const as = { user, overrideAccess: false as const }
  const [open, done, expiring] = await Promise.all([
    payload.find({ collection: 'privacy-tasks', where: { doneAt: { exists: false } }, sort: 'createdAt', depth: 1, limit: 200, ...as }),
    payload.find({ collection: 'privacy-tasks', where: { doneAt: { exists: true } }, sort: '-doneAt', depth: 1, limit: 10, ...as }),
    payload.find({
      collection: 'consents',
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
  return {
    replan: open.docs.filter((task) => task.kind === 'replan'),
    takedown: open.docs.filter((task) => task.kind === 'takedown'),
    done: done.docs,
    expiring: expiring.docs,
  }
}

export function postOf(task: PrivacyTask): Post | null {
  return task.post && typeof task.post === 'object' ? task.post : null
}

export function personName(value: unknown): string {
  return value && typeof value === 'object' ? ((value as Person).fullName ?? '') : ''
}
