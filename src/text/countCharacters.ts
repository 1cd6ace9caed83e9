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

export function countGraphemes(text: string): number {
  if (graphemeSegmenter === undefined) {
    graphemeSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null
  }
  if (!graphemeSegmenter) return countCodePoints(text)
  let count = 0
  for (const _ of graphemeSegmenter.segment(text)) count++
  return count
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
