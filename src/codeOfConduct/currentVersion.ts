import type { PayloadRequest } from 'payload'

import { cachedReference } from '../../hooks/engine/referenceCache'
import { codeVersionOf } from './acceptance'

/** The version of the code of conduct in force (policy settings), read as the system. */
export async function currentCodeVersion(req: PayloadRequest): Promise<number> {
  const { payload } = req
  const policy = await cachedReference(payload, 'policy', () =>
    payload.findGlobal({ slug: 'policy', overrideAccess: true, depth: 0 }),
  )
  return codeVersionOf(policy as { codeOfConduct?: { version?: number | null } })
}
