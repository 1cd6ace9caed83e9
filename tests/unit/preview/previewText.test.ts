import { describe, expect, it } from 'vitest'

import { linkCard, overLimitIndex, previewSegments } from '../../../src/components/preview/previewText'
import { countForChannel } from '../../../src/text/countCharacters'

describe('linkCard: the first link as a card', () => {
  it('gives the domain and the full address, without www', () => {
    expect(linkCard('facebook', 'Lisez https://www.exemple.org/guide?x=1 et #prevention')).toEqual({
      url: 'https://www.exemple.org/guide?x=1',
      domain: 'exemple.org',
    })
  })

  it('adds the scheme to an address written without it, where the network links it', () => {
    expect(linkCard('linkedin', 'Voir exemple.org/aide')).toEqual({ url: 'https://exemple.org/aide', domain: 'exemple.org' })
    expect(linkCard('mastodon', 'Voir exemple.org/aide')).toBeNull()
  })

  it('gives no card on Instagram, which does not link captions', () => {
    expect(linkCard('instagram', 'https://exemple.org')).toBeNull()
  })
})

describe('overLimitIndex: where the excess begins', () => {
  it('is null when the text fits', () => {
    expect(overLimitIndex('x', 'court', 280)).toBeNull()
    expect(overLimitIndex('bluesky', 'a'.repeat(300), 300)).toBeNull()
  })

  it('keeps exactly the limit before it, counted as the network counts', () => {
    const text = 'a'.repeat(290)
    expect(overLimitIndex('x', text, 280)).toBe(280)
    expect(overLimitIndex('mastodon', text, 280)).toBe(280)
    const emoji = '😀'.repeat(310)
    const index = overLimitIndex('bluesky', emoji, 300)!
    expect(countForChannel('bluesky', emoji.slice(0, index))).toBe(300)
  })

  it('counts an X link as 23 characters', () => {
    const text = `${'a'.repeat(250)} https://exemple.org/un/chemin/tres/long/qui/depasse/vingt-trois/caracteres ${'b'.repeat(10)}`
    const index = overLimitIndex('x', text, 280)!
    expect(countForChannel('x', text.slice(0, index))).toBeLessThanOrEqual(280)
    expect(text.slice(index)).toMatch(/^b+$/)
  })
})

describe('previewSegments: links, hashtags and mentions, by zone', () => {
  it('splits the text into styled pieces', () => {
    const segments = previewSegments('facebook', 'Voir https://exemple.org avec @alice #Prévention', null, null)
    expect(segments.map((segment) => [segment.kind, segment.text])).toEqual([
      ['text', 'Voir '],
      ['link', 'https://exemple.org'],
      ['text', ' avec '],
      ['mention', '@alice'],
      ['text', ' '],
      ['hashtag', '#Prévention'],
    ])
  })

  it('marks what is behind « voir plus » and what is past the limit', () => {
    const segments = previewSegments('x', 'abcdefghij', 4, 7)
    expect(segments).toEqual([
      { kind: 'text', text: 'abcd', zone: 'shown' },
      { kind: 'text', text: 'efg', zone: 'more' },
      { kind: 'text', text: 'hij', zone: 'over' },
    ])
  })

  it('leaves an Instagram link as plain text but styles its hashtags', () => {
    const segments = previewSegments('instagram', 'https://exemple.org #aide', null, null)
    expect(segments.map((segment) => segment.kind)).toEqual(['text', 'hashtag'])
  })

  it('joins back into the same text', () => {
    const text = 'Un #mot, un lien exemple.org et la suite'
    expect(
      previewSegments('linkedin', text, 12, 30)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text)
  })
})
