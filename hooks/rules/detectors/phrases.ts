import { fold } from './normalise'

/**
 * The phrase syntax of the policy lists (FORBID-1 forbidden patterns and allowed phrases), also
 * used for the FORBID-2 vocabularies:
 * - one or more words, compared after folding accents and case (« fete » = « Fête »);
 * - a phrase matches whole words only: « bébé » does not match « bébés » nor « antibébé »;
 * - a space or a hyphen between words matches any run of spaces and hyphens
 *   (« arrêt maladie » also matches « arrêt-maladie »);
 * - `*` inside a word stands for any letters or digits, usually at the end for any ending
 *   (« condoléance* », « décédé* » matches décédé, décédée, décédés);
 * - ’ and ' are the same apostrophe; every other character is taken literally.
 */

const LETTER = '[\\p{L}\\p{N}]'
const SEPARATOR = '[\\s-]+'

export type PhraseMatch = { start: number; end: number }

export type CompiledPhrase = { phrase: string; regex: RegExp }

/** Null when the phrase has no letter or digit (it would match anywhere). */
export function compilePhrase(phrase: string): CompiledPhrase | null {
  const words = fold(phrase)
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
  if (!words.some((word) => /[\p{L}\p{N}]/u.test(word))) return null
  const body = words.map((word) => word.split('*').map(escapeRegExp).join(`${LETTER}*`)).join(SEPARATOR)
  return { phrase, regex: new RegExp(`(?<!${LETTER})${body}(?!${LETTER})`, 'gu') }
}

export function compilePhrases(phrases: readonly string[]): CompiledPhrase[] {
  return phrases.map(compilePhrase).filter((compiled): compiled is CompiledPhrase => compiled !== null)
}

/** Every occurrence of any of the phrases in already folded text. */
export function findPhrases(folded: string, phrases: readonly CompiledPhrase[]): PhraseMatch[] {
  const matches: PhraseMatch[] = []
  for (const { regex } of phrases) {
    regex.lastIndex = 0
    for (const match of folded.matchAll(regex)) {
      matches.push({ start: match.index, end: match.index + match[0].length })
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end)
}

export function containsAny(folded: string, phrases: readonly CompiledPhrase[]): boolean {
  return phrases.some(({ regex }) => {
    regex.lastIndex = 0
    return regex.test(folded)
  })
}

/** Joins overlapping ranges (« welcomed a baby » + « baby girl » → « welcomed a baby girl »). */
export function mergeOverlapping(matches: readonly PhraseMatch[]): PhraseMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start)
  const merged: PhraseMatch[] = []
  for (const match of sorted) {
    const last = merged.at(-1)
    if (last && match.start < last.end) last.end = Math.max(last.end, match.end)
    else merged.push({ ...match })
  }
  return merged
}

export function overlaps(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.start < b.end && b.start < a.end
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
