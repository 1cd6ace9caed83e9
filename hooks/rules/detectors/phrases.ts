import { fold } from './normalise'
import { sameWord, stemsOf } from './stems'
import type { TokenisedText } from './tokens'

/**
 * The phrase syntax of the policy lists (FORBID-1 forbidden and allowed phrases), also used for
 * the FORBID-2 vocabularies:
 * - one or more words, compared after folding accents and case (« fete » = « Fête »);
 * - a word also matches the other forms of the same word (Snowball stems, French and English):
 *   « décédé » matches décédée, décédés; « birthday » matches birthdays; whole words only:
 *   « bébé » does not match « antibébé »;
 * - `*` inside a word stands for any letters or digits (« hospitalis* »), `#` for a number
 *   (« joyeux #e » : joyeux 40e; « happy #th »); in such a word only what is typed counts, not the stem;
 * - spaces, hyphens, apostrophes and other punctuation between words are all the same;
 * - a few words may come between the words of a phrase, within one clause (no comma, full stop or
 *   line break between): « joyeux anniversaire » matches « Joyeux 40e anniversaire » — how many is
 *   the detector's choice (`maxGap`);
 * - a phrase of several words also matches a hashtag that contains them (« #joyeuxanniversaire »).
 */

export type PhraseMatch = {
  /** Range in the folded text, from the first word to the last. */
  start: number
  end: number
  /** Indexes of the first and last matched tokens. */
  first: number
  last: number
  /** The phrase (as written in its list) that matched. */
  phrase: string
}

type WordMatcher = (word: string) => boolean

export type CompiledPhrase = {
  phrase: string
  words: WordMatcher[]
  /** The words written together, for hashtags; null for one word or a phrase with `*`. */
  joined: string | null
  maxGap: number
  /** The forms and stems a first word can be found under (null: a word with `*` or `#`, tried on every word). */
  firstKeys: string[] | null
}

export type CompileOptions = {
  /** How many words may come between two words of the phrase (0: adjacent). */
  maxGap?: number
  /** False: each word matches only as written (accents and case folded), not its other forms. */
  stemmed?: boolean
}

const PHRASE_WORD = /[\p{L}\p{N}*#]+/gu
const LETTER = /[\p{L}\p{N}]/u

/** Null when the phrase has no letter or digit (it would match anywhere). */
export function compilePhrase(phrase: string, options: CompileOptions = {}): CompiledPhrase | null {
  const words = (fold(phrase).match(PHRASE_WORD) ?? []).filter((word) => LETTER.test(word))
  if (words.length === 0) return null
  const hasWildcard = words.some((word) => /[*#]/.test(word))
  const stemmed = options.stemmed ?? true
  const first = words[0]
  return {
    phrase,
    words: words.map((word) => wordMatcher(word, stemmed)),
    joined: words.length > 1 && !hasWildcard ? words.join('') : null,
    maxGap: options.maxGap ?? 0,
    firstKeys: /[*#]/.test(first) ? null : stemmed ? [first, ...stemsOf(first)] : [first],
  }
}

export function compilePhrases(phrases: readonly string[], options: CompileOptions = {}): CompiledPhrase[] {
  return phrases.map((phrase) => compilePhrase(phrase, options)).filter((compiled): compiled is CompiledPhrase => compiled !== null)
}

function wordMatcher(word: string, stemmed: boolean): WordMatcher {
  if (!/[*#]/.test(word)) return stemmed ? (token) => sameWord(token, word) : (token) => token === word
  const pattern = [...word].map((char) => (char === '*' ? '[\\p{L}\\p{N}]*' : char === '#' ? '\\p{N}+' : escapeRegExp(char))).join('')
  const regex = new RegExp(`^${pattern}$`, 'u')
  return (token) => regex.test(token)
}

/** Every occurrence of any of the phrases, sorted by position (longest first at one position). */
export function findPhrases(text: TokenisedText, phrases: readonly CompiledPhrase[]): PhraseMatch[] {
  const matches: PhraseMatch[] = []
  const index = indexOf(phrases)
  text.tokens.forEach((token, position) => {
    for (const phrase of candidates(index, token.word)) {
      const match = matchAt(text, phrase, position)
      if (match) matches.push(match)
    }
  })
  return matches.sort((a, b) => a.start - b.start || b.end - a.end)
}

export function containsAny(text: TokenisedText, phrases: readonly CompiledPhrase[]): boolean {
  const index = indexOf(phrases)
  return text.tokens.some((token, position) => candidates(index, token.word).some((phrase) => matchAt(text, phrase, position) !== null))
}

/**
 * The phrases by the forms and stems of their first word, so that a text's words look up the few
 * phrases that may start there instead of trying each of a policy's hundred and fifty phrases.
 */
type PhraseIndex = { byKey: Map<string, CompiledPhrase[]>; everywhere: CompiledPhrase[]; hashtags: CompiledPhrase[] }

const indexes = new WeakMap<readonly CompiledPhrase[], PhraseIndex>()

function indexOf(phrases: readonly CompiledPhrase[]): PhraseIndex {
  const known = indexes.get(phrases)
  if (known) return known
  const index: PhraseIndex = { byKey: new Map(), everywhere: [], hashtags: phrases.filter((phrase) => phrase.joined) }
  for (const phrase of phrases) {
    if (!phrase.firstKeys) {
      index.everywhere.push(phrase)
      continue
    }
    for (const key of new Set(phrase.firstKeys)) index.byKey.set(key, [...(index.byKey.get(key) ?? []), phrase])
  }
  indexes.set(phrases, index)
  return index
}

function candidates(index: PhraseIndex, word: string): CompiledPhrase[] {
  const found = new Set<CompiledPhrase>(index.everywhere)
  for (const key of [word, ...stemsOf(word)]) for (const phrase of index.byKey.get(key) ?? []) found.add(phrase)
  for (const phrase of index.hashtags) if (word.includes(phrase.joined as string)) found.add(phrase)
  return [...found]
}

function matchAt(text: TokenisedText, phrase: CompiledPhrase, position: number): PhraseMatch | null {
  const token = text.tokens[position]
  let last: number | null = null
  if (phrase.joined && token.hashtag && token.word.includes(phrase.joined)) last = position
  else if (phrase.words[0](token.word)) last = matchRest(text, phrase, 1, position)
  return last === null ? null : { start: token.start, end: text.tokens[last].end, first: position, last, phrase: phrase.phrase }
}

/** Index of the token that ends the phrase when words [k…] follow token `previous`, or null. */
function matchRest(text: TokenisedText, phrase: CompiledPhrase, k: number, previous: number): number | null {
  if (k === phrase.words.length) return previous
  const { tokens } = text
  const clause = tokens[previous].clause
  const limit = Math.min(tokens.length - 1, previous + 1 + phrase.maxGap)
  for (let next = previous + 1; next <= limit; next++) {
    if (tokens[next].clause !== clause) break
    if (!phrase.words[k](tokens[next].word)) continue
    const end = matchRest(text, phrase, k + 1, next)
    if (end !== null) return end
  }
  return null
}

/** Joins overlapping ranges (« welcomed a baby » + « baby girl » → « welcomed a baby girl »). */
export function mergeOverlapping(matches: readonly PhraseMatch[]): PhraseMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start)
  const merged: PhraseMatch[] = []
  for (const match of sorted) {
    const last = merged.at(-1)
    if (last && match.start < last.end) {
      if (match.end > last.end) {
        last.end = match.end
        last.last = match.last
      }
    } else merged.push({ ...match })
  }
  return merged
}

export function overlaps(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.start < b.end && b.start < a.end
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
