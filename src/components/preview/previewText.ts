import twitterText from 'twitter-text'

import type { Channel } from '../../channels'
import { countForChannel } from '../../text/countCharacters'

export type SegmentKind = 'text' | 'link' | 'hashtag' | 'mention'
/** `shown`: in the feed; `more`: behind « voir plus »; `over`: past the network's limit (refused as is). */
export type Zone = 'shown' | 'more' | 'over'
export type Segment = { kind: SegmentKind; text: string; zone: Zone }

/** Instagram shows a caption's links as plain text (only the bio's link is clickable). */
const LINKS_AS_TEXT: readonly Channel[] = ['instagram']
/** Mastodon only links an address written with its scheme (https://…); the others link `exemple.org` too. */
const LINKS_NEED_SCHEME: readonly Channel[] = ['mastodon']

type Entity = { kind: Exclude<SegmentKind, 'text'>; start: number; end: number; text: string }

function entitiesOf(channel: Channel, text: string): Entity[] {
  const entities: Entity[] = []
  if (!LINKS_AS_TEXT.includes(channel)) {
    const urls = twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: !LINKS_NEED_SCHEME.includes(channel) })
    for (const { url, indices } of urls) entities.push({ kind: 'link', start: indices[0], end: indices[1], text: url })
  }
  for (const { hashtag, indices } of twitterText.extractHashtagsWithIndices(text)) {
    entities.push({ kind: 'hashtag', start: indices[0], end: indices[1], text: `#${hashtag}` })
  }
  for (const { screenName, indices } of twitterText.extractMentionsWithIndices(text)) {
    entities.push({ kind: 'mention', start: indices[0], end: indices[1], text: `@${screenName}` })
  }
  entities.sort((a, b) => a.start - b.start)
  // An entity inside another (a # in a link's fragment) stays part of the first.
  return entities.filter((entity, index) => !entities.slice(0, index).some((other) => entity.start < other.end))
}

/** The first address the network links, as its link card shows it: domain and full URL (nothing fetched). */
export function linkCard(channel: Channel, text: string): { url: string; domain: string } | null {
  const link = entitiesOf(channel, text).find((entity) => entity.kind === 'link')
  if (!link) return null
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(link.text) ? link.text : `https://${link.text}`
  try {
    return { url, domain: new URL(url).hostname.replace(/^www\./, '') }
  } catch {
    return null
  }
}

/**
 * Where the part past `limit` begins in `text` (a UTF-16 index), counted as the network counts it
 * (CHAN-1's `countForChannel`), or null when the text fits.
 */
export function overLimitIndex(channel: Channel, text: string, limit: number | undefined): number | null {
  if (limit === undefined || countForChannel(channel, text) <= limit) return null
  if (channel === 'x') return twitterText.parseTweet(text).validRangeEnd + 1
  // The longest prefix, cut between code points, that fits: counts grow with the prefix.
  const boundaries: number[] = [0]
  let position = 0
  for (const character of text) boundaries.push((position += character.length))
  let low = 0
  let high = boundaries.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (countForChannel(channel, text.slice(0, boundaries[middle])) <= limit) low = middle
    else high = middle - 1
  }
  return boundaries[low]
}

/**
 * The text cut into what the preview styles — links, hashtags, mentions, plain text — each piece in
 * its zone: shown in the feed up to `cut`, behind « voir plus » after it, and past the limit from `over`.
 */
export function previewSegments(channel: Channel, text: string, cut: number | null, over: number | null): Segment[] {
  const zoneEdges = [cut, over].filter((edge): edge is number => edge !== null && edge > 0 && edge < text.length)
  const edges = new Set<number>([0, text.length, ...zoneEdges])
  const entities = entitiesOf(channel, text)
  for (const entity of entities) {
    edges.add(entity.start)
    edges.add(entity.end)
  }
  const sorted = [...edges].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let index = 0; index < sorted.length - 1; index++) {
    const start = sorted[index]
    const end = sorted[index + 1]
    if (start === end) continue
    const entity = entities.find((candidate) => candidate.start <= start && end <= candidate.end)
    const zone: Zone = over !== null && start >= over ? 'over' : cut !== null && start >= cut ? 'more' : 'shown'
    const piece: Segment = { kind: entity?.kind ?? 'text', text: text.slice(start, end), zone }
    const last = segments[segments.length - 1]
    if (last && last.kind === piece.kind && last.zone === piece.zone && piece.kind === 'text') last.text += piece.text
    else segments.push(piece)
  }
  return segments
}
