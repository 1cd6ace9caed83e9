import { translate } from '../../src/translations'
import { withRuleId } from '../rules/messages'
import type { Finding } from './evaluate'
import type { FieldError } from './fieldError'

/** A refusing finding as the save's field message (an unresolved warning says so). */
export function fieldError(finding: Finding, language: string | undefined): FieldError {
  const message = withRuleId(finding, language)
  return {
    path: finding.path,
    message:
      finding.effectiveLevel === 'warn'
        ? translate(language, 'workflowErrors:warningNotResolved', { rule: finding.rule, message })
        : message,
  }
}

/** A finding as stored on the post (`compliance`). */
export function toComplianceRow(finding: Finding) {
  return {
    rule: finding.rule,
    level: finding.effectiveLevel,
    path: finding.path,
    messageFr: withRuleId(finding, 'fr'),
    messageEn: withRuleId(finding, 'en'),
    overridden: finding.overridden,
  }
}
