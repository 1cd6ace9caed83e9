import { isApproval } from './approval'
import { ruleMessage, violation } from './messages'
import type { Rule } from './types'

/** GOV-6: at approval, the reviewer confirms that the content matches the organisation's values. */
export const gov6Rule: Rule = {
  id: 'GOV-6',
  level: 'warn',
  get title() {
    return ruleMessage('ruleTitles:gov6')
  },
  check(post, context) {
    if (!isApproval(context) || post.valuesConfirmed) return []
    return [violation(gov6Rule, 'valuesConfirmed', ruleMessage('ruleMessages:gov6'))]
  },
}
