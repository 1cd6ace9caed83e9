import { describe, expect, it } from 'vitest'

import { chan1Rule } from '../../../hooks/rules/chan1'
import { expectNamesRule, makeContext, makePost } from './factories'

const longUrl = `https://www.espace-mauricie.org/nouvelles/${'a'.repeat(300)}`

describe('CHAN-1 — length allowed per channel', () => {
  it('is a block rule', () => {
    expect(chan1Rule.level).toBe('block')
  })

  it('accepts a text exactly at the limit', () => {
    expect(chan1Rule.check(makePost({ channels: [{ channel: 'x', text: 'a'.repeat(280) }] }), makeContext())).toEqual([])
  })

  it('refuses a text one character over, with the count, the limit and how X counts', () => {
    const post = makePost({
      channels: [
        { channel: 'facebook', text: 'ok' },
        { channel: 'x', text: 'a'.repeat(281) },
      ],
    })
    const [violation, ...rest] = chan1Rule.check(post, makeContext())
    expect(rest).toEqual([])
    expectNamesRule(violation, 'CHAN-1')
    expect(violation).toMatchObject({ level: 'block', path: 'channels.1.text' })
    expect(violation.message.fr).toContain('281 caractères')
    expect(violation.message.fr).toContain('limite de 280')
    expect(violation.message.fr).toContain('chaque lien pour 23 caractères')
    expect(violation.message.fr).toContain('d’au moins 1 caractère.')
    expect(violation.message.en).toContain('every link as 23 characters')
  })

  it('counts a long link on X as 23, so a text that looks too long fits', () => {
    const text = `${'a'.repeat(250)} ${longUrl}`
    expect(text.length).toBeGreaterThan(280)
    expect(chan1Rule.check(makePost({ channels: [{ channel: 'x', text }] }), makeContext())).toEqual([])
    expect(chan1Rule.check(makePost({ channels: [{ channel: 'linkedin', text: text.repeat(6) }] }), makeContext())).toHaveLength(1)
  })

  it('counts emoji as 2 on X: 141 emoji are over 280', () => {
    const [violation] = chan1Rule.check(makePost({ channels: [{ channel: 'x', text: '😀'.repeat(141) }] }), makeContext())
    expect(violation.message.fr).toContain('282 caractères')
    expect(chan1Rule.check(makePost({ channels: [{ channel: 'x', text: '😀'.repeat(140) }] }), makeContext())).toEqual([])
  })

  it('counts a family emoji as 1 on Bluesky', () => {
    const text = '👨‍👩‍👧‍👦'.repeat(300)
    expect(chan1Rule.check(makePost({ channels: [{ channel: 'bluesky', text }] }), makeContext())).toEqual([])
    expect(chan1Rule.check(makePost({ channels: [{ channel: 'bluesky', text: `${text}!` }] }), makeContext())).toHaveLength(1)
  })

  it('uses the limits of the policy, and skips a channel without limit', () => {
    const context = makeContext()
    context.policy = { ...context.policy, channelLimits: { x: 140 } }
    expect(chan1Rule.check(makePost({ channels: [{ channel: 'x', text: 'a'.repeat(141) }] }), context)).toHaveLength(1)
    expect(chan1Rule.check(makePost({ channels: [{ channel: 'mastodon', text: 'a'.repeat(5000) }] }), context)).toEqual([])
  })

  it('refuses a channel listed twice, on the second entry', () => {
    const post = makePost({
      channels: [
        { channel: 'facebook', text: 'Un' },
        { channel: 'x', text: 'Deux' },
        { channel: 'facebook', text: 'Trois' },
      ],
    })
    const [violation, ...rest] = chan1Rule.check(post, makeContext())
    expect(rest).toEqual([])
    expectNamesRule(violation, 'CHAN-1')
    expect(violation.path).toBe('channels.2.channel')
    expect(violation.message.fr).toContain('Facebook figure deux fois')
    expect(violation.message.fr).toContain('lignes 1 et 3')
  })
})
