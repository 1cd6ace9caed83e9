import { categoryCode } from './categoryCode'
import { ruleMessage, violation } from './messages'
import type { Rule } from './types'

/** CAT-6: a job, internship or volunteer offer has a closing date, not before its publication. */
export const cat6Rule: Rule = {
  id: 'CAT-6',
  level: 'block',
  get title() {
    return ruleMessage('ruleTitles:cat6')
  },
  check(post, context) {
    if (categoryCode(post, context) !== 'CAT-6') return []
    if (!post.closingDate) {
      return [violation(cat6Rule, 'closingDate', ruleMessage('ruleMessages:cat6Missing'), { incomplete: true })]
    }
    const closing = Date.parse(post.closingDate)
    const publication = post.publishAt ? Date.parse(post.publishAt) : Number.NaN
    if (closing < publication) {
      return [violation(cat6Rule, 'closingDate', ruleMessage('ruleMessages:cat6BeforePublication'))]
    }
    return []
  },
}
