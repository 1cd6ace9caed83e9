import type { PayloadRequest } from 'payload'

import { loadRuleContext } from '../engine/loadRuleContext'
import { toPostSnapshot } from '../engine/snapshot'
import { priv1Rule } from '../rules/priv1'
import { priv2Rule } from '../rules/priv2'

/**
 * What PRIV-1 and PRIV-2 say today about a stored post: the consents of the people its images show,
 * at its publication instant. Empty when they hold.
 */
export async function consentFindings(req: PayloadRequest, postId: number | string, now: Date = new Date()): Promise<string[]> {
  const stored = await req.payload.findByID({ collection: 'posts', id: postId, draft: true, depth: 0, overrideAccess: true, req })
  const post = toPostSnapshot(stored as unknown as Record<string, unknown>)
  const context = await loadRuleContext(post, req, { actor: null, transition: null, now })
  return [priv1Rule, priv2Rule].flatMap((rule) => rule.check(post, context)).map((violation) => violation.message.fr)
}
