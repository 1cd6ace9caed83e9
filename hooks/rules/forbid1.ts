import { personalInformationDetector } from './detectors/personalInformation'
import { ruleMessage, violation } from './messages'
import { textFields } from './textFields'
import type { Rule } from './types'

/**
 * FORBID-1: no personal information about people of the organisation (« souhaits de fête,
 * décès, congé maladie ou naissance »). The patterns and their exceptions are the policy's
 * (see detectors/phrases.ts for their syntax).
 */
export const forbid1Rule: Rule = {
  id: 'FORBID-1',
  level: 'warn',
  get title() {
    return ruleMessage('ruleTitles:forbid1')
  },
  check(post, context) {
    const detect = personalInformationDetector(context.policy.forbiddenPatterns, context.policy.allowedPhrases)
    return textFields(post).flatMap(({ path, text, label }) =>
      detect(text).map((quote) => violation(forbid1Rule, path, ruleMessage('ruleMessages:forbid1', { quote, field: label }))),
    )
  },
}
