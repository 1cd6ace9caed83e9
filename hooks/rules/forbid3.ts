import { hasAcceptedCurrentCode } from '../../src/codeOfConduct/acceptance'
import { ruleMessage, violation } from './messages'
import type { Rule } from './types'

/**
 * FORBID-3: a staff account acknowledges the code of conduct before it creates or edits content.
 * The rulebook lists it as support (a feature); on posts it is enforced as a block. The system
 * (seed, scheduled jobs: actor null) is never concerned. Only an acceptance of the code's current
 * version (policy settings) counts. The code of conduct is not a post field,
 * so the message is put on the title.
 */
/** Read at each check: a host may reword it. */
export const codeOfConductMessage = () => ruleMessage('ruleMessages:forbid3')

export const forbid3Rule: Rule = {
  id: 'FORBID-3',
  level: 'block',
  get title() {
    return ruleMessage('ruleTitles:forbid3')
  },
  check(_post, context) {
    if (!context.actor || hasAcceptedCurrentCode(context.actor, context.policy.codeOfConductVersion)) return []
    return [violation(forbid3Rule, 'title', codeOfConductMessage())]
  },
}
