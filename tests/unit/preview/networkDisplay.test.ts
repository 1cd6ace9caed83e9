import { describe, expect, it } from 'vitest'

import { FEED_CUTS, feedCutIndex, imageFrame } from '../../../src/components/preview/networkDisplay'

describe('feedCutIndex: where a feed puts « voir plus »', () => {
  it('shows a short text whole', () => {
    expect(feedCutIndex('Bonjour à toutes et à tous.', FEED_CUTS.instagram)).toBeNull()
    expect(feedCutIndex('x'.repeat(125), FEED_CUTS.instagram)).toBeNull()
  })

  it('cuts Instagram after 125 characters, at the end of a word', () => {
    const text = `${'mot '.repeat(40)}fin`
    const cut = feedCutIndex(text, FEED_CUTS.instagram)!
    expect(cut).toBeLessThanOrEqual(125)
    expect(cut).toBeGreaterThan(100)
    expect(text.slice(0, cut).endsWith('mot')).toBe(true)
  })

  it('cuts in a word when no space comes near the threshold', () => {
    expect(feedCutIndex('a'.repeat(300), FEED_CUTS.instagram)).toBe(125)
  })

  it('counts code points, not UTF-16 units: an emoji is one character', () => {
    const text = '😀'.repeat(130)
    expect(feedCutIndex(text, FEED_CUTS.instagram)).toBe(125 * 2)
  })

  it('cuts LinkedIn after 3 lines even when the text is short', () => {
    const text = 'un\ndeux\ntrois\nquatre'
    expect(text.slice(0, feedCutIndex(text, FEED_CUTS.linkedin)!)).toBe('un\ndeux\ntrois')
  })

  it('does not cut networks that show the whole post', () => {
    expect(feedCutIndex('a '.repeat(400), FEED_CUTS.x)).toBeNull()
    expect(feedCutIndex('a '.repeat(400), FEED_CUTS.mastodon)).toBeNull()
  })

  it('ignores trailing spaces past the threshold', () => {
    expect(feedCutIndex(`${'a'.repeat(125)}   \n`, FEED_CUTS.instagram)).toBeNull()
  })
})

describe('imageFrame: each network’s crop', () => {
  it('frames one image per network', () => {
    expect(imageFrame('x', 1).ratioLabel).toBe('16:9')
    expect(imageFrame('bluesky', 1).ratioLabel).toBe('16:9')
    expect(imageFrame('mastodon', 1).ratioLabel).toBe('16:9')
    expect(imageFrame('facebook', 1, { width: 1200, height: 800 }).ratioLabel).toBe('1.91:1')
    expect(imageFrame('linkedin', 1).ratio).toBeCloseTo(1.91)
    expect(imageFrame('instagram', 1, { width: 1200, height: 800 }).ratioLabel).toBe('1:1')
  })

  it('keeps a portrait image portrait on Instagram and Facebook (4:5)', () => {
    expect(imageFrame('instagram', 1, { width: 800, height: 1200 }).ratio).toBeCloseTo(0.8)
    expect(imageFrame('facebook', 1, { width: 800, height: 1200 }).ratioLabel).toBe('4:5')
    expect(imageFrame('x', 1, { width: 800, height: 1200 }).ratioLabel).toBe('16:9')
  })

  it('lays several images out as a carousel on Instagram and a grid elsewhere', () => {
    expect(imageFrame('instagram', 3).layout).toBe('carousel')
    expect(imageFrame('x', 2).layout).toBe('grid')
    expect(imageFrame('facebook', 4).layout).toBe('grid')
    expect(imageFrame('x', 1).layout).toBe('single')
  })
})
