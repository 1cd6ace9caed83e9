import type { TranslationKey } from '../translations'

/**
 * Where each rule comes from in the ROEQ guide (rulebook.md): the guide's own sentence that the
 * rule enforces, in French (`ruleSources:<rule>` in fr.ts, with an English rendering in en.ts), and
 * the section of the guide it is in. The compliance panel shows it under « Pourquoi ? ».
 */
type Section = 'sectionConfidentiality' | 'sectionForbidden' | 'sectionManagement' | 'sectionNetworks'

const SECTIONS: Record<string, Section> = {
  CAT: 'sectionConfidentiality',
  'CAT-6': 'sectionConfidentiality',
  'CAT-7': 'sectionConfidentiality',
  'CAT-8': 'sectionConfidentiality',
  'POS-1': 'sectionConfidentiality',
  'PRIV-1': 'sectionConfidentiality',
  'PRIV-2': 'sectionConfidentiality',
  'FORBID-1': 'sectionForbidden',
  'FORBID-2': 'sectionForbidden',
  'FORBID-3': 'sectionForbidden',
  'CHAN-1': 'sectionNetworks',
  'GOV-6': 'sectionManagement',
}

export type RuleSource = { quote: TranslationKey; section: TranslationKey }

/** The guide's sentence behind a rule, or null for a rule that has none recorded. */
export function ruleSource(ruleId: string): RuleSource | null {
  const section = SECTIONS[ruleId]
  if (!section) return null
  return { quote: `ruleSources:${ruleId}` as TranslationKey, section: `ruleSources:${section}` }
}

export const RULES_WITH_SOURCES = Object.keys(SECTIONS)
