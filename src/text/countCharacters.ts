import twitterText from 'twitter-text'

import type { Channel } from '../channels'

/** Mastodon counts every link as this many characters, whatever its length. */
export const MASTODON_URL_LENGTH = 23

/**
 * Counts `text` the way `channel` counts it against its limit (CHAN-1). Runs in Node and in the
 * browser (the admin character counter uses it).
 * - X: twitter-text's weighted length (links 23, emoji and CJK characters 2).
 * - Mastodon: every http(s) link 23, a remote mention `@name@server` as `@name`, the rest by code points.
 * - Bluesky: grapheme clusters (what a reader sees as one character, e.g. a family emoji is 1).
 * - Facebook, Instagram, LinkedIn: Unicode code points.
 */
export function countForChannel(channel: Channel, text: string): number {
  switch (channel) {
    case 'x':
      return twitterText.parseTweet(text).weightedLength
    case 'mastodon':
      return countMastodon(text)
    case 'bluesky':
      return countGraphemes(text)
    case 'facebook':
    case 'instagram':
    case 'linkedin':
      return countCodePoints(text)
  }
}

export function countCodePoints(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

let graphemeSegmenter: Intl.Segmenter | null | undefined

/**
 * Intl.Segmenter is quadratic on one long string in V8 (63,000 characters: about 5 s), so a long
 * text is segmented in pieces cut between two printable ASCII characters, where a grapheme
 * boundary always is (no Unicode rule joins them): the count stays exact. A text with no such place
 * for a long stretch is cut at a code point boundary there, which may split one cluster: that only
 * happens thousands of characters past any platform's limit.
 */
export function countGraphemes(text: string): number {
  if (graphemeSegmenter === undefined) {
    graphemeSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null
  }
  if (!graphemeSegmenter) return countCodePoints(text)
  let count = 0
  for (const piece of graphemePieces(text)) {
    for (const _ of graphemeSegmenter.segment(piece)) count++
  }
  return count
}

const PIECE = 1_000

function* graphemePieces(text: string): Generator<string> {
  let start = 0
  while (text.length - start > PIECE) {
    const cut = safeCut(text, start + PIECE, start + 4 * PIECE)
    yield text.slice(start, cut)
    start = cut
  }
  yield text.slice(start)
}

const isPrintableAscii = (code: number) => code >= 0x20 && code <= 0x7e

/** The first index from `from` where a piece may end, or a code point boundary near `until`. */
function safeCut(text: string, from: number, until: number): number {
  const end = Math.min(until, text.length - 1)
  for (let index = from; index <= end; index++) {
    if (isPrintableAscii(text.charCodeAt(index - 1)) && isPrintableAscii(text.charCodeAt(index))) return index
  }
  const low = text.charCodeAt(end)
  return low >= 0xdc00 && low <= 0xdfff ? end + 1 : end
}

// Mastodon keeps only the local part of a remote mention when counting (as its composer does).
const REMOTE_MENTION = /(^|[^/\w])@(\w+)@[a-z0-9.-]+[a-z0-9]+/gi

function countMastodon(text: string): number {
  // Mastodon only links URLs that have a scheme; extractUrlsWithIndices gives UTF-16 indices.
  const urls = twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })
  let rest = ''
  let cursor = 0
  for (const { indices } of urls) {
    rest += text.slice(cursor, indices[0])
    cursor = indices[1]
  }
  rest += text.slice(cursor)
  return countCodePoints(rest.replace(REMOTE_MENTION, '$1@$2')) + urls.length * MASTODON_URL_LENGTH
}
