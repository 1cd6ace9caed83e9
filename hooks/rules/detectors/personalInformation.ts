import { fold, foldWithMap, originalSlice } from './normalise'
import { compilePhrases, findPhrases, mergeOverlapping, overlaps, type CompiledPhrase } from './phrases'

/**
 * FORBID-1 detector: personal information about people of the organisation (« souhaits de fête,
 * décès, congé maladie ou naissance »). Patterns and allowed phrases use the syntax of
 * `phrases.ts`. A match that overlaps an occurrence of an allowed phrase is ignored, so
 * « fête nationale » clears « bonne fête » in « Bonne fête nationale ! », while
 * « Bonne fête Julie, et bonne fête nationale » still flags the first one.
 */
export type PersonalInformationDetector = (text: string) => string[]

export function personalInformationDetector(
  forbiddenPatterns: readonly string[],
  allowedPhrases: readonly string[],
): PersonalInformationDetector {
  // Compiling a hundred patterns costs more than checking a post: keep the last few lists compiled.
  const key = JSON.stringify([forbiddenPatterns, allowedPhrases])
  const cached = compiledDetectors.get(key)
  if (cached) return cached
  const forbidden = compilePhrases(forbiddenPatterns)
  const allowed = compilePhrases(allowedPhrases)
  const detector: PersonalInformationDetector = (text) => detect(text, forbidden, allowed)
  if (compiledDetectors.size >= 8) compiledDetectors.delete(compiledDetectors.keys().next().value as string)
  compiledDetectors.set(key, detector)
  return detector
}

const compiledDetectors = new Map<string, PersonalInformationDetector>()

/** The matched phrases, quoted as written in the text, each once, in order of appearance. */
function detect(text: string, forbidden: CompiledPhrase[], allowed: CompiledPhrase[]): string[] {
  if (!text || forbidden.length === 0) return []
  const map = foldWithMap(text)
  const exceptions = findPhrases(map.folded, allowed)
  const matches = findPhrases(map.folded, forbidden).filter((match) => !exceptions.some((exception) => overlaps(match, exception)))
  const quotes: string[] = []
  const seen = new Set<string>()
  for (const match of mergeOverlapping(matches)) {
    const quote = originalSlice(text, map, match.start, match.end)
    const key = fold(quote)
    if (seen.has(key)) continue
    seen.add(key)
    quotes.push(quote)
  }
  return quotes
}
