import type { PayloadRequest } from 'payload'

import { withholdPersonal } from '../engine/disclosure'
import { loadRuleContext } from '../engine/loadRuleContext'
import { toPostSnapshot } from '../engine/snapshot'
import { priv1Rule } from '../rules/priv1'
import { priv2Rule } from '../rules/priv2'
import { withRuleId } from '../rules/messages'

/**
 * What PRIV-1 and PRIV-2 say today about a stored post: the consents of the people its images show,
 * at its publication instant. `exact` is for the responsible person (« À traiter »); `neutral`
 * says the same without personal data, for the post's history that every signed-in person reads.
 * Both are empty when the rules hold.
 */
export async function consentFindings(
  req: PayloadRequest,
  postId: number | string,
  now: Date = new Date(),
): Promise<{ exact: string[]; neutral: string[] }> {
  const stored = await req.payload.findByID({ collection: 'posts', id: postId, draft: true, depth: 0, overrideAccess: true, req })
  const post = toPostSnapshot(stored as unknown as Record<string, unknown>)
  const context = await loadRuleContext(post, req, { actor: null, transition: null, now })
  const violations = [priv1Rule, priv2Rule].flatMap((rule) => rule.check(post, context))
  if (violations.length === 0) return { exact: [], neutral: [] }
  const findings = violations.map((violation) => ({ ...violation, effectiveLevel: violation.level, overridden: false }))
  const neutral = withholdPersonal(findings, post, context).map((finding) => withRuleId(finding, 'fr'))
  return { exact: violations.map((violation) => withRuleId(violation, 'fr')), neutral: [...new Set(neutral)] }
}
