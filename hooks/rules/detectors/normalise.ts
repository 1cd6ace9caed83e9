/**
 * Text folding shared by the detectors: accents and case are ignored (NFD, combining marks
 * stripped, lower case), typographic apostrophes become `'`, dashes `-`, and unusual spaces ` `.
 */

const COMBINING_MARKS = /\p{M}/gu
const APOSTROPHES = /[\u2019\u2018\u02bc\u2032\u0060\u00b4]/g
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g
const SPACES = /[\u00a0\u202f\u2007\u2009\u200a]/g

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
}

export type FoldedText = {
  folded: string
  /** `starts[k]` is the index in the original text of the character that gave folded unit k; `starts[folded.length]` is the original length. */
  starts: number[]
}

/** Folds code point by code point and keeps where each folded character came from, to quote the original. */
export function foldWithMap(text: string): FoldedText {
  let folded = ''
  const starts: number[] = []
  let index = 0
  for (const codePoint of text) {
    const piece = fold(codePoint)
    for (let unit = 0; unit < piece.length; unit++) starts.push(index)
    folded += piece
    index += codePoint.length
  }
  starts.push(text.length)
  return { folded, starts }
}

/** The original text behind folded range [start, end). Combining marks after the last character are kept. */
export function originalSlice(text: string, map: FoldedText, start: number, end: number): string {
  return text.slice(map.starts[start], map.starts[end])
}
