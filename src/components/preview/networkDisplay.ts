import type { Channel } from '../../channels'

/**
 * Where each network cuts a post in its feed and puts « voir plus » / "see more", as used by the
 * preview. Only X, Bluesky and Mastodon document a hard limit; the feed cuts of Facebook, Instagram
 * and LinkedIn are not documented for ordinary posts, so these are the figures the networks give for
 * feed text that is shown in full (ads guides) or what their feeds show today — approximations,
 * enough to show the writer where a reader stops.
 *
 * - Facebook: no documented cut; the feed shows about 480 characters or 5 lines, then « Voir plus »
 *   (desktop and mobile differ; Meta's ads guide keeps primary text under 125 characters:
 *   https://www.facebook.com/business/ads-guide/update/image/facebook-feed).
 * - Instagram: the caption shows 125 characters (about 2 lines), then « … plus »
 *   (Meta's ads guide, « Primary text: 125 characters »:
 *   https://www.facebook.com/business/ads-guide/update/image/instagram-feed).
 * - LinkedIn: about 210 characters or 3 lines, then « …voir plus » (not documented by LinkedIn
 *   for organic posts; its ads specs advise under 150 characters for introductory text to avoid
 *   truncation: https://business.linkedin.com/advertise/ads/sponsored-content/single-image-ads-specs).
 * - X: no cut in the feed; a post is at most 280 weighted characters
 *   (https://docs.x.com/fundamentals/counting-characters).
 * - Bluesky: no cut; a post is at most 300 graphemes (the `app.bsky.feed.post` lexicon,
 *   `maxGraphemes: 300`: https://docs.bsky.app/docs/advanced-guides/post-richtext).
 * - Mastodon: no cut (except behind a content warning); 500 characters on a default server
 *   (https://docs.joinmastodon.org/user/posting/#text).
 */
export type FeedCut = { characters: number; lines: number }

export const FEED_CUTS: Partial<Record<Channel, FeedCut>> = {
  facebook: { characters: 480, lines: 5 },
  instagram: { characters: 125, lines: 2 },
  linkedin: { characters: 210, lines: 3 },
}

/** How a network frames the post's images (width / height) and lays out several of them. */
export type ImageFrame = { ratio: number; ratioLabel: string; layout: 'single' | 'grid' | 'carousel' }

/** Images shown in a grid before the last cell reads « +N ». */
export const GRID_CELLS = 4

/**
 * The crop each network applies in its feed:
 * - Instagram: one frame for the whole carousel, 4:5 for a portrait first image, 1:1 otherwise
 *   (https://help.instagram.com/1631821640426723 — square, portrait 4:5, landscape 1.91:1).
 * - Facebook and LinkedIn: 1.91:1 for one link-style landscape image (1:1 or 4:5 kept for a
 *   portrait one on Facebook), a grid for several.
 * - X: 16:9 for one image, a grid for several (X crops in-feed images to 16:9).
 * - Bluesky and Mastodon: 16:9 for one image in the timeline, a grid for several.
 */
export function imageFrame(channel: Channel, count: number, firstImage?: { width?: number | null; height?: number | null }): ImageFrame {
  const portrait = Boolean(firstImage?.width && firstImage?.height && firstImage.height > firstImage.width)
  if (channel === 'instagram') {
    return portrait
      ? { ratio: 4 / 5, ratioLabel: '4:5', layout: count > 1 ? 'carousel' : 'single' }
      : { ratio: 1, ratioLabel: '1:1', layout: count > 1 ? 'carousel' : 'single' }
  }
  if (count > 1) return { ratio: channel === 'facebook' || channel === 'linkedin' ? 1 : 16 / 9, ratioLabel: 'grid', layout: 'grid' }
  if (channel === 'facebook' && portrait) return { ratio: 4 / 5, ratioLabel: '4:5', layout: 'single' }
  if (channel === 'facebook' || channel === 'linkedin') return { ratio: 1.91, ratioLabel: '1.91:1', layout: 'single' }
  return { ratio: 16 / 9, ratioLabel: '16:9', layout: 'single' }
}

/**
 * Where the feed cuts `text` (a UTF-16 index), or null when it shows it whole: after the cut's
 * number of characters (code points) or lines, whichever comes first, moved back to the end of a
 * word when one ends in the last fifth (feeds do not cut in the middle of a word when they can avoid it).
 */
export function feedCutIndex(text: string, cut: FeedCut | undefined): number | null {
  if (!cut) return null
  let index = text.length
  // Lines: the text up to the cut's last line break.
  let lines = 1
  for (let position = 0; position < text.length; position++) {
    if (text[position] === '\n') {
      lines++
      if (lines > cut.lines) {
        index = position
        break
      }
    }
  }
  // Characters, counted in code points.
  let codePoints = 0
  let position = 0
  for (const character of text) {
    if (position >= index) break
    if (codePoints === cut.characters) {
      index = position
      break
    }
    codePoints++
    position += character.length
  }
  if (index >= text.trimEnd().length) return null
  if (text[index] === '\n' || /\s/.test(text[index] ?? '')) return trimmedEnd(text, index)
  const space = text.slice(0, index).search(/\s\S*$/)
  if (space > 0 && space >= index * 0.8) return trimmedEnd(text, space)
  return index
}

function trimmedEnd(text: string, index: number): number {
  let end = index
  while (end > 0 && /\s/.test(text[end - 1])) end--
  return end
}
