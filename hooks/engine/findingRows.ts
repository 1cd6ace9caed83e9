import { translate } from '../../src/translations'
import type { Finding } from './evaluate'
import type { FieldError } from './fieldError'

/** A refusing finding as the save's field message (an unresolved warning says so). */
export function fieldError(finding: Finding, language: string | undefined): FieldError {
  const message = language === 'en' ? finding.message.en : finding.message.fr
  return {
    path: finding.path,
    message:
      finding.effectiveLevel === 'warn' ? translate(language, 'workflowErrors:warningNotResolved', { rule: finding.rule, message }) : message,
  }
}

/** A finding as stored on the post (`compliance`). */
export function toComplianceRow(finding: Finding) {
  return {
    rule: finding.rule,
    level: finding.effectiveLevel,
    path: finding.path,
    messageFr: finding.message.fr,
    messageEn: finding.message.en,
    overridden: finding.overridden,
  }
}
