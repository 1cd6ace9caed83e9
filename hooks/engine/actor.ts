import type { PayloadRequest } from 'payload'

import { rolesOf } from '../../src/roles'
import type { Actor } from '../rules/types'

/** Set on req.context while the system acts inside someone's request (a cascade such as POS-2). */
export const SYSTEM_ACTOR_FLAG = 'balisesSystemActor'

/** The person a save acts for, or null when the system acts (seed, job, cascade). */
export function actorOf(req: PayloadRequest): Actor | null {
  if (!req.user || req.context?.[SYSTEM_ACTOR_FLAG]) return null
  const user = req.user as unknown as {
    id: number | string
    codeOfConductAcceptedAt?: string | null
    codeOfConductVersion?: number | null
  }
  return {
    id: user.id,
    roles: [...rolesOf(user)],
    codeOfConductAcceptedAt: user.codeOfConductAcceptedAt ?? null,
    codeOfConductVersion: user.codeOfConductVersion ?? null,
  }
}

/** Runs `work` as the system within the same request (and transaction). */
export async function asSystem<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const previous = req.context[SYSTEM_ACTOR_FLAG]
  req.context[SYSTEM_ACTOR_FLAG] = true
  try {
    return await work()
  } finally {
    req.context[SYSTEM_ACTOR_FLAG] = previous
  }
}
