import { translate } from '../../src/translations'
import { namesItsRule, withRuleId } from '../rules/messages'
import type { Finding } from './evaluate'
import type { FieldError } from './fieldError'

/**
 * A refusing finding as the save's field message. An unresolved warning says so once, before the
 * rule's own message (which holds the advice: fix it, or the override for FORBID-1).
 */
export function fieldError(finding: Finding, language: string | undefined): FieldError {
  const own = language === 'en' ? finding.message.en : finding.message.fr
  if (finding.effectiveLevel !== 'warn' || namesItsRule(own, finding.rule))
    return { path: finding.path, message: withRuleId(finding, language) }
  return { path: finding.path, message: translate(language, 'workflowErrors:warningNotResolved', { rule: finding.rule, message: own }) }
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
