import { describe, expect, it } from 'vitest'

import { chan1Rule } from '../../../hooks/rules/chan1'
import { expectNamesRule, makeContext, makePost } from './factories'

// CHAN-1 counts the text each network PUBLISHES: its own text, else the post's common text (`body`).
describe('CHAN-1 — the published text (own text, else the common text)', () => {
  it('counts a channel’s own text and ignores a long common text it does not publish', () => {
    const post = makePost({ bodyText: 'a'.repeat(400), channels: [{ channel: 'x', text: 'Court et clair.' }] })
    expect(chan1Rule.check(post, makeContext())).toEqual([])
  })

  it('refuses an own text over the limit at the channel’s text path', () => {
    const post = makePost({ bodyText: 'court', channels: [{ channel: 'x', text: 'a'.repeat(281) }] })
    const [violation, ...rest] = chan1Rule.check(post, makeContext())
    expect(rest).toEqual([])
    expect(violation).toMatchObject({ path: 'channels.0.text', level: 'block' })
  })

  it('counts the common text for a channel without its own text, and points at `body` naming the network', () => {
    const post = makePost({
      bodyText: 'a'.repeat(300),
      channels: [
        { channel: 'facebook', text: '' },
        { channel: 'x', text: '   ' },
      ],
    })
    const violations = chan1Rule.check(post, makeContext())
    // Facebook's limit is far above 300; X (280) publishes the common text: 300 characters.
    expect(violations).toHaveLength(1)
    const [violation] = violations
    expectNamesRule(violation, 'CHAN-1')
    expect(violation.path).toBe('body')
    expect(violation.message.fr).toContain('texte commun, publié sur X (qui n’a pas son propre texte)')
    expect(violation.message.fr).toContain('300 caractères')
    expect(violation.message.fr).toContain('limite de 280')
    expect(violation.message.fr).toContain('d’au moins 20 caractères')
    expect(violation.message.en).toContain('common text, published on X (which has no text of its own)')
  })

  it('accepts empty texts everywhere (nothing published is nothing over the limit)', () => {
    const post = makePost({ bodyText: '', channels: [{ channel: 'x', text: '' }] })
    expect(chan1Rule.check(post, makeContext())).toEqual([])
  })

  it('accepts a common text at the limit exactly', () => {
    const post = makePost({ bodyText: 'a'.repeat(280), channels: [{ channel: 'x', text: '' }] })
    expect(chan1Rule.check(post, makeContext())).toEqual([])
  })
})
