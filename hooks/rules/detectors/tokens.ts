import { foldWithMap, originalSlice, type FoldedText } from './normalise'

/**
 * A text cut into words for the detectors. Words are runs of letters and digits of the folded text
 * (accents and case removed): apostrophes and hyphens separate words (« l'anniversaire » → « l »,
 * « anniversaire »; « arrêt-maladie » → « arret », « maladie »). Each word knows its clause: a
 * phrase with words between (« Joyeux 40e anniversaire ») never spans a comma, a full stop or a line
 * break, so « Bonne soirée, venez fêter » is not « bonne fête ».
 */
export type Token = {
  /** The folded word. */
  word: string
  /** Range in the folded text. */
  start: number
  end: number
  clause: number
  sentence: number
  /** Written right after « # » (a hashtag: « #joyeuxanniversaire »). */
  hashtag: boolean
}

export type TokenisedText = {
  text: string
  map: FoldedText
  tokens: Token[]
}

const WORD = /[\p{L}\p{N}]+/gu
const SENTENCE_END = /[.!?…\n]/
const CLAUSE_END = /[,;:()[\]{}«»"“”/|•·]/

export function tokenise(text: string): TokenisedText {
  const map = foldWithMap(text)
  const { folded } = map
  const tokens: Token[] = []
  let clause = 0
  let sentence = 0
  let previousEnd = 0
  for (const match of folded.matchAll(WORD)) {
    const between = folded.slice(previousEnd, match.index)
    if (tokens.length > 0 && SENTENCE_END.test(between)) {
      sentence++
      clause++
    } else if (tokens.length > 0 && CLAUSE_END.test(between)) clause++
    tokens.push({
      word: match[0],
      start: match.index,
      end: match.index + match[0].length,
      clause,
      sentence,
      hashtag: between.endsWith('#'),
    })
    previousEnd = match.index + match[0].length
  }
  return { text, map, tokens }
}

/** The original text of tokens [first, last]. */
export function quoteTokens(tokenised: TokenisedText, first: number, last: number): string {
  return originalSlice(tokenised.text, tokenised.map, tokenised.tokens[first].start, tokenised.tokens[last].end)
}
