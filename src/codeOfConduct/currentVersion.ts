import type { PayloadRequest } from 'payload'

import { cachedReference } from '../../hooks/engine/referenceCache'
import { codeVersionOf } from './acceptance'
import { slugsOf } from '../slugs'

/**
 * The version of the code of conduct in force (policy settings), read as the system within the
 * request's transaction (a read outside it would leave the open transaction idle meanwhile).
 */
export async function currentCodeVersion(req: PayloadRequest): Promise<number> {
  const { payload } = req
  const policy = await cachedReference(payload, 'policy', () =>
    payload.findGlobal({ slug: slugsOf(payload).policy, overrideAccess: true, depth: 0, req }),
  )
  return codeVersionOf(policy as { codeOfConduct?: { version?: number | null } })
}
