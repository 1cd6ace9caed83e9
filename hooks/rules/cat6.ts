import { formatStoredDay } from '../../src/time/formatMoment'
import { toDayInstant } from '../../src/time/storedDay'
import { dayKey } from '../../src/time/zonedTime'
import { categoryCode } from './categoryCode'
import { ruleMessage, violation } from './messages'
import { publicationInstant } from './publicationInstant'
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
    // Without a scheduled moment the post goes out now (« Publier maintenant »): compared with today.
    const closing = toDayInstant(post.closingDate)?.slice(0, 10)
    const scheduled = Boolean(post.publishAt) && !Number.isNaN(Date.parse(post.publishAt as string))
    const publication = dayKey(publicationInstant(post, context), context.policy.timeZone)
    if (closing && closing < publication) {
      if (scheduled) return [violation(cat6Rule, 'closingDate', ruleMessage('ruleMessages:cat6BeforePublication'))]
      // A draft may keep a past closing date while someone updates it; it cannot go out (incomplete: a gate).
      const day = { fr: formatStoredDay(post.closingDate, 'fr'), en: formatStoredDay(post.closingDate, 'en') }
      return [violation(cat6Rule, 'closingDate', ruleMessage('ruleMessages:cat6Closed', { date: day }), { incomplete: true })]
    }
    return []
  },
}
