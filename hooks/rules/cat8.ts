import { categoryCode } from './categoryCode'
import { ruleMessage, violation } from './messages'
import type { Rule } from './types'

/** CAT-8: news from another ESPACE organisation or the ROEQ names that organisation. */
export const cat8Rule: Rule = {
  id: 'CAT-8',
  level: 'block',
  get title() {
    return ruleMessage('ruleTitles:cat8')
  },
  check(post, context) {
    if (categoryCode(post, context) !== 'CAT-8') return []
    if (post.sourceOrganisation?.trim()) return []
    return [violation(cat8Rule, 'sourceOrganisation', ruleMessage('ruleMessages:cat8Missing'), { incomplete: true })]
  },
}
