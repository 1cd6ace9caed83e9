import type { PayloadRequest } from 'payload'

import { checkPost } from '../../hooks/engine/checkPost'
import { slugsOf } from '../slugs'
import { priv1Rule } from '../../hooks/rules/priv1'
import { priv2Rule } from '../../hooks/rules/priv2'
import { withRuleId } from '../../hooks/rules/messages'

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
  const stored = await req.payload.findByID({
    collection: slugsOf(req).posts,
    id: postId,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const { findings, neutral } = await checkPost(stored as unknown as Record<string, unknown>, req, {
    actor: null,
    now,
    rules: [priv1Rule, priv2Rule],
  })
  if (findings.length === 0) return { exact: [], neutral: [] }
  return {
    exact: findings.map((finding) => withRuleId(finding, 'fr')),
    neutral: [...new Set(neutral.map((finding) => withRuleId(finding, 'fr')))],
  }
}
