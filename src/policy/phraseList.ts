import { fold } from '../../hooks/rules/detectors/normalise'

/**
 * FORBID-1 phrase lists (forbidden patterns, allowed phrases) are stored as string[] (a `text`
 * field with `hasMany`) and edited in the admin as one text area, one phrase a line. Pure: runs in
 * the browser (the text area, its count) and on the server (the policy hook), so both agree.
 *
 * - blank lines are ignored;
 * - each line is trimmed;
 * - duplicates are MERGED: a line equal to an earlier one once accents and case are folded
 *   (« Bonne fête » = « bonne fete ») is dropped, the first one is kept. The text area names them.
 */

export type PhraseDuplicate = { phrase: string; lines: number[] }

export type ParsedPhraseList = {
  /** The phrases to store, in order, blank lines and duplicates removed. */
  phrases: string[]
  /** For each stored phrase, the text area line (1-based) it came from. */
  lines: number[]
  duplicates: PhraseDuplicate[]
}

export function parsePhraseList(text: string): ParsedPhraseList {
  const phrases: string[] = []
  const lines: number[] = []
  const firstSeen = new Map<string, PhraseDuplicate>()
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const phrase = raw.trim().replace(/\s+/g, ' ')
    if (!phrase) return
    const key = fold(phrase)
    const seen = firstSeen.get(key)
    if (seen) {
      seen.lines.push(index + 1)
      return
    }
    firstSeen.set(key, { phrase, lines: [index + 1] })
    phrases.push(phrase)
    lines.push(index + 1)
  })
  return { phrases, lines, duplicates: [...firstSeen.values()].filter((entry) => entry.lines.length > 1) }
}

/** The text area's content for a stored list. */
export function phraseListText(phrases: readonly string[] | null | undefined): string {
  return (phrases ?? []).join('\n')
}

/**
 * A stored list as string[], whatever shape it arrives in: strings (the current shape), or the
 * rows of the former array fields (`{ pattern }`, `{ phrase }`) that API callers and stored
 * policies from before the data migration may still carry. Blank entries dropped, duplicates merged.
 */
export function normalisePhraseList(value: unknown): string[] | null {
  if (value === null || value === undefined) return null
  if (!Array.isArray(value)) return null
  const asText = value
    .map((item) => {
      if (typeof item === 'string') return item
      if (item && typeof item === 'object') {
        const row = item as { pattern?: unknown; phrase?: unknown }
        const text = row.pattern ?? row.phrase
        return typeof text === 'string' ? text : ''
      }
      return ''
    })
    .join('\n')
  return parsePhraseList(asText).phrases
}

export const PHRASE_MIN_LENGTH = 2
export const PHRASE_MAX_LENGTH = 200

export type PhraseProblem = 'tooShort' | 'tooLong' | 'noLetter' | 'notText'

/** What is wrong with one phrase, or null. A phrase with no letter or digit would match anywhere. */
export function phraseProblem(phrase: unknown): PhraseProblem | null {
  if (typeof phrase !== 'string') return 'notText'
  const trimmed = phrase.trim()
  if (trimmed.length < PHRASE_MIN_LENGTH) return 'tooShort'
  if (trimmed.length > PHRASE_MAX_LENGTH) return 'tooLong'
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return 'noLetter'
  return null
}
