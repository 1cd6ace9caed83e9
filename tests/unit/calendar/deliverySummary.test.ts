import { describe, expect, it } from 'vitest'

import { deliveriesByPost, summariseDeliveries } from '../../../calendar/deliverySummary'

describe('summariseDeliveries: what an event of the calendar says of each network (issue 15)', () => {
  it('gives one entry per network, in the networks’ usual order, without remote IDs or the network’s own words', () => {
    const summary = summariseDeliveries([
      { network: 'mastodon', state: 'posted', remoteUrl: 'https://mastodon.example/@org/109000001', remoteId: '109000001' } as never,
      { network: 'instagram', state: 'manual' },
      { network: 'facebook', state: 'failed', failureReason: 'rejected', failureDetail: 'HTTP 400: (#100) Invalid parameter' } as never,
    ])
    expect(summary).toEqual([
      { network: 'facebook', state: 'failed', reason: 'rejected' },
      { network: 'instagram', state: 'manual' },
      { network: 'mastodon', state: 'posted', url: 'https://mastodon.example/@org/109000001' },
    ])
    expect(JSON.stringify(summary)).not.toContain('Invalid parameter')
    expect(summary.flatMap(Object.keys)).not.toContain('remoteId')
  })

  it.each(['failed', 'removalFailed', 'unknown'])('keeps the reason code of a %s delivery', (state) => {
    expect(summariseDeliveries([{ network: 'bluesky', state, failureReason: 'reconnect' }])).toEqual([
      { network: 'bluesky', state, reason: 'reconnect' },
    ])
  })

  it('drops a reason where nothing failed (a takedown waiting out a rate limit is under way), and an unknown reason code', () => {
    expect(summariseDeliveries([{ network: 'mastodon', state: 'removing', failureReason: 'rateLimited' }])).toEqual([
      { network: 'mastodon', state: 'removing' },
    ])
    expect(summariseDeliveries([{ network: 'mastodon', state: 'failed', failureReason: 'HTTP 502' }])).toEqual([
      { network: 'mastodon', state: 'failed' },
    ])
  })

  it('links only a post that is on the network, and only to a web address', () => {
    const url = (state: string, remoteUrl: string) => summariseDeliveries([{ network: 'facebook', state, remoteUrl }])[0].url
    expect(url('posted', 'https://www.facebook.com/123_456')).toBe('https://www.facebook.com/123_456')
    expect(url('removed', 'https://www.facebook.com/123_456')).toBeUndefined()
    expect(url('posted', 'javascript:alert(1)')).toBeUndefined()
    expect(url('posted', 'www.facebook.com/123')).toBeUndefined()
  })

  it('shows, for a network with several deliveries, the one that most needs a person', () => {
    const shown = (...states: string[]) => summariseDeliveries(states.map((state) => ({ network: 'mastodon', state })))[0].state
    // Two accounts: one failed, one posted.
    expect(shown('posted', 'failed')).toBe('failed')
    // Published again after a takedown: the new delivery, not the old one.
    expect(shown('removed', 'posted')).toBe('posted')
    expect(shown('cancelled', 'queued')).toBe('queued')
    expect(shown('posted', 'sending')).toBe('sending')
    expect(shown('unknown', 'manual')).toBe('unknown')
  })

  it('leaves out rows of a network or state it does not know', () => {
    expect(
      summariseDeliveries([
        { network: 'myspace', state: 'posted' },
        { network: 'x', state: 'lost' },
        { network: null, state: null },
      ]),
    ).toEqual([])
  })
})

describe('deliveriesByPost: the one query’s rows, per post', () => {
  it('groups by the post’s id, whether the row holds the id or the post', () => {
    const byPost = deliveriesByPost([
      { post: 7, network: 'mastodon', state: 'posted' },
      { post: { id: 7 }, network: 'instagram', state: 'manual' },
      { post: '8', network: 'facebook', state: 'queued' },
      { post: null, network: 'facebook', state: 'failed' },
    ])
    expect([...byPost.keys()]).toEqual(['7', '8'])
    expect(byPost.get('7')).toEqual([
      { network: 'instagram', state: 'manual' },
      { network: 'mastodon', state: 'posted' },
    ])
    expect(byPost.get('8')).toEqual([{ network: 'facebook', state: 'queued' }])
  })
})
