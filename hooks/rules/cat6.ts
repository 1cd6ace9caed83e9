import { toDayInstant } from '../../src/time/storedDay'
import { dayKey } from '../../src/time/zonedTime'
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
    // Days, not instants: the closing date is a calendar day (stored at noon UTC), the publication is
    // read as its day in the organisation's zone (an offer closing on the 15th may go out that evening).
    const closing = toDayInstant(post.closingDate)?.slice(0, 10)
    const publication = post.publishAt && !Number.isNaN(Date.parse(post.publishAt)) ? dayKey(post.publishAt, context.policy.timeZone) : null
    if (closing && publication && closing < publication) {
      return [violation(cat6Rule, 'closingDate', ruleMessage('ruleMessages:cat6BeforePublication'))]
    }
    return []
  },
}
