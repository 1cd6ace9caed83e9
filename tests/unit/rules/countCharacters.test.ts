import { describe, expect, it } from 'vitest'

import { countForChannel } from '../../../src/text/countCharacters'

const longUrl = `https://www.espace-mauricie.org/nouvelles/${'a'.repeat(120)}`

describe('countForChannel (CHAN-1)', () => {
  it('counts X links as 23 characters, whatever their length', () => {
    expect(countForChannel('x', `Lisez ${longUrl}`)).toBe('Lisez '.length + 23)
    expect(countForChannel('x', 'https://a.co')).toBe(23)
  })

  it('counts X links written without scheme as 23 too', () => {
    expect(countForChannel('x', 'www.roeq.qc.ca/ressources/guide-medias-sociaux-2017')).toBe(23)
  })

  it('weighs emoji and CJK characters as 2 on X, accented letters as 1', () => {
    expect(countForChannel('x', '😀')).toBe(2)
    expect(countForChannel('x', '👨‍👩‍👧‍👦')).toBe(2)
    expect(countForChannel('x', '日本')).toBe(4)
    expect(countForChannel('x', 'Fête été')).toBe(8)
  })

  it('counts Mastodon links as 23 and the rest by code points', () => {
    expect(countForChannel('mastodon', `Lisez ${longUrl}`)).toBe('Lisez '.length + 23)
    expect(countForChannel('mastodon', '😀 é')).toBe(3)
  })

  it('counts a Mastodon link without scheme in full, as Mastodon does', () => {
    expect(countForChannel('mastodon', 'www.roeq.qc.ca')).toBe('www.roeq.qc.ca'.length)
  })

  it('counts a Mastodon remote mention by its local part', () => {
    expect(countForChannel('mastodon', 'Merci @espace@mastodon.social !')).toBe('Merci @espace !'.length)
  })

  it('counts Bluesky grapheme clusters: a family emoji or a flag is 1', () => {
    expect(countForChannel('bluesky', '👨‍👩‍👧‍👦')).toBe(1)
    expect(countForChannel('bluesky', '🇨🇦')).toBe(1)
    expect(countForChannel('bluesky', 'e\u0301te\u0301')).toBe(3)
    expect(countForChannel('bluesky', longUrl)).toBe(longUrl.length)
  })

  it.each(['facebook', 'instagram', 'linkedin'] as const)('counts %s by Unicode code points', (channel) => {
    expect(countForChannel(channel, '😀')).toBe(1)
    expect(countForChannel(channel, '👨‍👩‍👧‍👦')).toBe(7)
    expect(countForChannel(channel, 'été')).toBe(3)
    expect(countForChannel(channel, longUrl)).toBe(longUrl.length)
  })

  it('counts a long Bluesky text exactly, in pieces cut where a grapheme boundary always is', () => {
    // Every piece boundary would fall inside a cluster if it were cut at a fixed length.
    const unit = 'Été 👨‍👩‍👧‍👦 e\u0301 🇨🇦\r\n'
    const text = unit.repeat(700)
    const whole = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length
    expect(whole).toBe(700 * 10)
    expect(countForChannel('bluesky', text)).toBe(whole)
    // No two printable ASCII characters in a row: cut at code points, exact for single code points.
    expect(countForChannel('bluesky', '😀é'.repeat(3_000))).toBe(6_000)
  })
})
