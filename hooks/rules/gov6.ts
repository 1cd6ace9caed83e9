import { isApproval } from './approval'
import { ruleMessage, violation } from './messages'
import type { Rule } from './types'

/** GOV-6: at approval, the reviewer confirms that the content matches the organisation's values. */
export const gov6Rule: Rule = {
  id: 'GOV-6',
  level: 'warn',
  title: { fr: 'Conforme aux valeurs de l’organisme', en: "Matches the organisation's values" },
  check(post, context) {
    if (!isApproval(context) || post.valuesConfirmed) return []
    return [
      violation(gov6Rule, 'valuesConfirmed', ruleMessage('ruleMessages:gov6')),
    ]
  },
}
