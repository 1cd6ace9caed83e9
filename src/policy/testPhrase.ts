import { analysePersonalInformation } from '../../hooks/rules/detectors/personalInformation'

export type PhraseTestResult = {
  /** What FORBID-1 flags, as the rule reports it, with the forbidden phrases that found it. */
  flagged: { quote: string; patterns: string[] }[]
  /** Forbidden phrases found but excused by an allowed phrase that overlaps them. */
  excused: { quote: string; phrases: string[] }[]
}

/**
 * What FORBID-1 would say of a sentence with these lists: the rule's own detector
 * (hooks/rules/detectors/personalInformation.ts), with the reasons it keeps. It runs in the browser
 * because the detector is pure (no I/O) and must follow the lists AS TYPED, before they are saved:
 * a server round trip would add an endpoint to guard for nothing the browser cannot do.
 */
export function testPhrase(sentence: string, forbiddenPatterns: readonly string[], allowedPhrases: readonly string[]): PhraseTestResult {
  const { findings, excused } = analysePersonalInformation(sentence, forbiddenPatterns, allowedPhrases)
  return {
    flagged: findings.map(({ quote, patterns }) => ({ quote, patterns })),
    excused: excused.map(({ quote, allowedBy }) => ({ quote, phrases: allowedBy })),
  }
}
