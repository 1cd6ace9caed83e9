import { formatStoredDay } from '../../src/time/formatMoment'
import { toDayInstant } from '../../src/time/storedDay'
import { dayKey } from '../../src/time/zonedTime'
import { categoryCode } from './categoryCode'
import { ruleMessage, violation } from './messages'
import { publicationMoment } from './publicationInstant'
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
    // The real moment of publication: the planned one, or now when the post goes out now (« Publier
    // maintenant », the job's run, no scheduled moment): then compared with that day.
    const closing = toDayInstant(post.closingDate)?.slice(0, 10)
    const publication = publicationMoment(post, context)
    if (closing && closing < dayKey(publication.instant, context.policy.timeZone)) {
      if (publication.planned) return [violation(cat6Rule, 'closingDate', ruleMessage('ruleMessages:cat6BeforePublication'))]
      // A draft may keep a past closing date while someone updates it; it cannot go out (incomplete: a gate).
      const day = { fr: formatStoredDay(post.closingDate, 'fr'), en: formatStoredDay(post.closingDate, 'en') }
      return [violation(cat6Rule, 'closingDate', ruleMessage('ruleMessages:cat6Closed', { date: day }), { incomplete: true })]
    }
    return []
  },
}
