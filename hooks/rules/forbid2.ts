import { findCounsellingOffers } from './detectors/counsellingOffer'
import { ruleMessage, violation } from './messages'
import { textFields } from './textFields'
import type { Rule } from './types'

const QUOTE_LENGTH = 120

/** FORBID-2: no counselling or intervention through social media; people are sent to the phone, 811 or 911. */
export const forbid2Rule: Rule = {
  id: 'FORBID-2',
  level: 'block',
  get title() {
    return ruleMessage('ruleTitles:forbid2')
  },
  check(post) {
    return textFields(post).flatMap(({ path, text, label }) => {
      const [offer] = findCounsellingOffers(text)
      if (!offer) return []
      const quote = offer.length > QUOTE_LENGTH ? `${offer.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : offer
      return [violation(forbid2Rule, path, ruleMessage('ruleMessages:forbid2', { quote, field: label }))]
    })
  },
}
