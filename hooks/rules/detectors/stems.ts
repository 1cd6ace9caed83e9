import { stemmer as englishStemmer } from '@orama/stemmers/english'
import { stemmer as frenchStemmer } from '@orama/stemmers/french'

/**
 * The stems of a folded word (accents removed, lower case) in French and English, with the Snowball
 * stemmers: « décédée », « decedes » and « décédé » share « deced »; « birthdays » and « birthday »
 * share « birthdai ». Posts mix both languages and rarely say which, so a word has both stems.
 *
 * The French stemmer expects accents; folded feminine and plural endings (« decedee »,
 * « hospitalisees ») are brought back to the masculine singular first so that they stem alike.
 * Words of three letters or less have no stem: « déc. » must not be « décès ».
 */
export const MIN_STEMMED_LENGTH = 4

const cache = new Map<string, readonly string[]>()
const CACHE_LIMIT = 20_000

export function stemsOf(folded: string): readonly string[] {
  if (folded.length < MIN_STEMMED_LENGTH) return []
  const cached = cache.get(folded)
  if (cached) return cached
  const french = frenchStemmer(frenchMasculineSingular(folded))
  const english = englishStemmer(folded)
  const stems = [...new Set([french, english])].filter((stem) => stem.length >= 3)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(folded, stems)
  return stems
}

function frenchMasculineSingular(folded: string): string {
  const singular = folded.length > MIN_STEMMED_LENGTH && /[^su]s$/.test(folded) ? folded.slice(0, -1) : folded
  return singular.endsWith('ee') ? singular.slice(0, -1) : singular
}

/** Whether two folded words are the same word or share a stem. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true
  const stemsOfA = stemsOf(a)
  if (stemsOfA.length === 0) return false
  const stemsOfB = stemsOf(b)
  return stemsOfA.some((stem) => stemsOfB.includes(stem))
}
