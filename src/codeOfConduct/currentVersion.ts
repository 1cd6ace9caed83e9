import type { PayloadRequest } from 'payload'

import { loadPolicy } from '../policy/loadPolicy'
import { codeVersionOf } from './acceptance'

/**
 * The version of the code of conduct in force (policy settings), read as the system within the
 * request's transaction (a read outside it would leave the open transaction idle meanwhile).
 */
export async function currentCodeVersion(req: PayloadRequest): Promise<number> {
  return codeVersionOf((await loadPolicy(req)) as { codeOfConduct?: { version?: number | null } })
}
