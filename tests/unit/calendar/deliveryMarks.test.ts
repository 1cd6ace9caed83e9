// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'

import type { EventDelivery } from '../../../calendar/deliverySummary'
import { channelsWithoutDelivery, deliveryLabel, deliveryMarksHtml, markKindOf } from '../../../calendar/view/deliveryMarks'
import { DELIVERY_STATES } from '../../../src/deliveries/states'

function render(deliveries: EventDelivery[], language: 'fr' | 'en') {
  const host = document.createElement('div')
  host.innerHTML = deliveryMarksHtml(deliveries, language)
  return host
}

/** Every word a person can see or hear: the text, and each title and accessible name. */
function wordsOf(host: HTMLElement): string {
  const named = [...host.querySelectorAll('[title], [aria-label]')].flatMap((element) => [
    element.getAttribute('title') ?? '',
    element.getAttribute('aria-label') ?? '',
  ])
  return [host.textContent ?? '', ...named].join(' | ')
}

describe('the delivery marks of a calendar event (issue 15)', () => {
  it.each([
    ['posted', 'posted'],
    ['queued', 'pending'],
    ['sending', 'pending'],
    ['removing', 'pending'],
    ['failed', 'failed'],
    ['removalFailed', 'failed'],
    ['unknown', 'failed'],
    ['manual', 'manual'],
    ['removed', 'ended'],
    ['cancelled', 'ended'],
  ] as const)('draws %s as %s', (state, kind) => {
    expect(markKindOf(state)).toBe(kind)
    const mark = render([{ network: 'mastodon', state }], 'fr').querySelector('.balises-delivery')
    expect(mark?.className).toContain(`is-${kind}`)
  })

  it('writes « MA ✓ » linked to the post on its network, « IG ✎ » and « À publier à la main » once, « FB ✗ » with its reason', () => {
    const host = render(
      [
        { network: 'facebook', state: 'failed', reason: 'reconnect' },
        { network: 'instagram', state: 'manual' },
        { network: 'x', state: 'manual' },
        { network: 'mastodon', state: 'posted', url: 'https://mastodon.example/@org/1' },
      ],
      'fr',
    )
    const marks = [...host.querySelectorAll('.balises-delivery__mark')].map((mark) => mark.textContent)
    expect(marks).toEqual(['FB\u00a0✗', 'IG\u00a0✎', 'X\u00a0✎', 'MA\u00a0✓'])
    const link = host.querySelector('a.balises-delivery')!
    expect(link.getAttribute('href')).toBe('https://mastodon.example/@org/1')
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(link.getAttribute('aria-label')).toBe('Mastodon : Publiée — ouvrir la publication sur le réseau')
    expect(host.querySelectorAll('a').length).toBe(1)
    const failed = host.querySelector('[data-network="facebook"]')!
    expect(failed.getAttribute('title')).toBe('Facebook : Échec — le compte est à reconnecter')
    expect(failed.getAttribute('role')).toBe('img')
    expect(host.querySelectorAll('.balises-event__manual').length).toBe(1)
    expect(host.querySelector('.balises-event__manual')?.textContent).toBe('✎ À publier à la main')
  })

  it('draws the ⏳ of a post on its way (an hourglass no font may lack), hidden from screen readers like every symbol', () => {
    const mark = render([{ network: 'facebook', state: 'sending' }], 'fr').querySelector('.balises-delivery')!
    expect(mark.querySelector('.balises-delivery__mark')?.textContent).toBe('FB\u00a0')
    expect(mark.querySelector('svg.balises-hourglass')?.getAttribute('aria-hidden')).toBe('true')
    expect(mark.getAttribute('aria-label')).toBe('Facebook : Envoi en cours')
  })

  it('speaks English to an English-speaking person', () => {
    const host = render(
      [
        { network: 'bluesky', state: 'removalFailed', reason: 'temporary' },
        { network: 'linkedin', state: 'manual' },
      ],
      'en',
    )
    expect(host.querySelector('[data-network="bluesky"]')?.getAttribute('aria-label')).toBe(
      'Bluesky: Removal failed — the network did not answer',
    )
    expect(host.querySelector('.balises-event__manual')?.textContent).toBe('✎ To publish by hand')
    expect(deliveryLabel({ network: 'facebook', state: 'queued' }, 'en')).toBe('Facebook: Waiting to be sent')
  })

  it.each(['fr', 'en'] as const)('never shows an internal state or reason code (%s)', (language) => {
    const host = render(
      DELIVERY_STATES.map((state, index) => ({
        network: (['facebook', 'instagram', 'x', 'linkedin', 'bluesky', 'mastodon'] as const)[index % 6],
        state,
        reason: state === 'failed' ? 'rateLimited' : state === 'unknown' ? 'noAccount' : undefined,
      })),
      language,
    )
    const words = wordsOf(host)
    // In English « failed » is also a word: there, only the codes no sentence contains.
    const codes = DELIVERY_STATES.filter((state) => language === 'fr' || /[A-Z]/.test(state))
    for (const code of [...codes, 'rateLimited', 'noAccount', 'state_', 'reason_', '{{']) expect(words).not.toContain(code)
  })

  it('escapes what it is given: a link cannot break out of its attribute', () => {
    const host = render([{ network: 'mastodon', state: 'posted', url: 'https://mastodon.example/@org/1?a="><img src=x>' }], 'fr')
    expect(host.querySelectorAll('img').length).toBe(0)
    expect(host.querySelector('a')?.getAttribute('href')).toBe('https://mastodon.example/@org/1?a="><img src=x>')
  })

  it('draws nothing for a post without deliveries', () => {
    expect(deliveryMarksHtml([], 'fr')).toBe('')
  })

  it('names a network once: the meta line keeps only the networks without a mark', () => {
    expect(channelsWithoutDelivery(['facebook', 'instagram', 'mastodon'], [{ network: 'mastodon', state: 'posted' }])).toEqual([
      'facebook',
      'instagram',
    ])
  })
})
