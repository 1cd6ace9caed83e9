import { CHANNEL_NAMES, type Channel } from '../../src/channels'
import { inBothLanguages, translate } from '../../src/translations'
import type { Messages, Rule, RuleId, Violation } from './types'

/** The rule ID travels as data (`Violation.rule`); `withRuleId` puts it in front where text is shown. */
export function violation(
  rule: Pick<Rule, 'id' | 'level'>,
  path: string,
  message: Messages,
  options: { incomplete?: boolean; personal?: boolean } = {},
): Violation {
  return {
    rule: rule.id,
    level: rule.level,
    path,
    message,
    ...(options.incomplete ? { incomplete: true } : {}),
    ...(options.personal ? { personal: true } : {}),
  }
}

/** Every rule the engine may name, as data for the places that see only a message's text. */
export const NAMED_RULE_IDS = [
  'CAT',
  'CAT-6',
  'CAT-7',
  'CAT-8',
  'POS-1',
  'PRIV-1',
  'PRIV-2',
  'FORBID-1',
  'FORBID-2',
  'FORBID-3',
  'CHAN-1',
  'GOV-6',
] as const satisfies readonly RuleId[]

/**
 * « FORBID-1 : … » / "FORBID-1: …": a violation as people read it, so a refusal can be traced back
 * to the rulebook. A message that already names its rule (the withheld PRIV-1/PRIV-2 finding,
 * hooks/engine/disclosure.ts) is kept as it is.
 */
export function withRuleId(finding: Pick<Violation, 'rule' | 'message'>, language: string | undefined): string {
  const message = language === 'en' ? finding.message.en : finding.message.fr
  if (namesItsRule(message, finding.rule)) return message
  return translate(language, 'ruleMessages:withRuleId', { rule: finding.rule, message })
}

/** True when a text shown to people starts with a rule ID (the form banner sees only texts). */
export function namesItsRule(message: string, rule?: string): boolean {
  const head = message.split(/\s|:/, 1)[0]
  return head.split('/').some((id) => (rule === undefined ? (NAMED_RULE_IDS as readonly string[]).includes(id) : id === rule))
}

/** A rule message in both languages from the merged translations (a host may reword it). */
export const ruleMessage = inBothLanguages

export { CHANNEL_NAMES }

/** « Facebook, X et Mastodon » / "Facebook, X and Mastodon". */
export function listChannels(channels: readonly Channel[]): Messages {
  const names = channels.map((channel) => CHANNEL_NAMES[channel])
  const and = ruleMessage('ruleMessages:and')
  return { fr: joinWords(names, and.fr), en: joinWords(names, and.en) }
}

export function joinWords(words: readonly string[], conjunction: string): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`
}

/** The publication instant as a calendar date in the policy's time zone. */
export function formatDate(instant: Date, timeZone: string): Messages {
  const format = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(instant)
  // French writes the first of the month as an ordinal: « 1er mars 2026 ».
  return { fr: format('fr-CA').replace(/^1 /, '1er '), en: format('en-CA') }
}

export function mediaLabel(filename: string): Messages {
  return ruleMessage('ruleMessages:mediaLabel', { filename })
}
