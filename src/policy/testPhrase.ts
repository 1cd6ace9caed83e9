import { fold, foldWithMap, originalSlice } from '../../hooks/rules/detectors/normalise'
import { personalInformationDetector } from '../../hooks/rules/detectors/personalInformation'
import { compilePhrases, findPhrases, overlaps } from '../../hooks/rules/detectors/phrases'

export type PhraseTestResult = {
  /** What FORBID-1 flags, as the rule reports it, with the forbidden phrases that found it. */
  flagged: { quote: string; patterns: string[] }[]
  /** Forbidden phrases found but excused by an allowed phrase that overlaps them. */
  excused: { quote: string; phrases: string[] }[]
}

/**
 * What FORBID-1 would say of a sentence with these lists. The verdict is the rule's own detector
 * (hooks/rules/detectors/personalInformation.ts), called exactly as hooks/rules/forbid1.ts calls
 * it; the explanation (which phrase found it, which allowed phrase excused it) uses the same
 * compiled phrases (phrases.ts). It runs in the browser because the detector is pure and small
 * (no I/O, two regex lists) and must follow the lists AS TYPED, before they are saved: a server
 * round trip would add an endpoint to guard for nothing the browser cannot do.
 */
export function testPhrase(sentence: string, forbiddenPatterns: readonly string[], allowedPhrases: readonly string[]): PhraseTestResult {
  const flaggedQuotes = personalInformationDetector(forbiddenPatterns, allowedPhrases)(sentence)
  const forbidden = compilePhrases(forbiddenPatterns)
  const allowed = compilePhrases(allowedPhrases)
  const patternsOf = (quote: string) => {
    const folded = fold(quote)
    return forbidden.filter((compiled) => findPhrases(folded, [compiled]).length > 0).map((compiled) => compiled.phrase)
  }
  const flagged = flaggedQuotes.map((quote) => ({ quote, patterns: patternsOf(quote) }))
  const map = foldWithMap(sentence)
  const excused: PhraseTestResult['excused'] = []
  for (const match of findPhrases(map.folded, forbidden)) {
    const excusing = allowed.filter((compiled) => findPhrases(map.folded, [compiled]).some((occurrence) => overlaps(match, occurrence)))
    if (excusing.length === 0) continue
    const quote = originalSlice(sentence, map, match.start, match.end)
    if (excused.some((item) => fold(item.quote) === fold(quote))) continue
    excused.push({ quote, phrases: excusing.map((compiled) => compiled.phrase) })
  }
  return { flagged, excused }
}
