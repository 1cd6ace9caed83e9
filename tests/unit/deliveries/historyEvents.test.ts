import { describe, expect, it } from 'vitest'

import { deliveryHistoryEvent } from '../../../src/deliveries/historyEvents'

const at = '2026-12-10T15:00:30.000Z'

describe('what a delivery save adds to the post’s history (src/deliveries/historyEvents.ts)', () => {
  it('reaching the network, coming down, or failing to: one event, at the moment the delivery records', () => {
    expect(deliveryHistoryEvent({ state: 'sending' }, { state: 'posted', postedAt: at })).toEqual({ event: 'delivered', at })
    expect(deliveryHistoryEvent({ state: 'manual' }, { state: 'posted', postedAt: at })).toEqual({ event: 'delivered', at })
    expect(deliveryHistoryEvent({ state: 'removing' }, { state: 'removed', removedAt: at })).toEqual({ event: 'removed', at })
    // No moment of its own: the save's.
    expect(deliveryHistoryEvent({ state: 'removing' }, { state: 'removalFailed' })).toEqual({ event: 'removalFailed', at: null })
  })

  it('a failure is an event only once nothing more is tried', () => {
    const retried = { state: 'failed' as const, nextAttemptAt: '2026-12-10T15:01:30.000Z', lastAttemptAt: at }
    expect(deliveryHistoryEvent({ state: 'sending' }, retried)).toBeNull()
    expect(deliveryHistoryEvent(retried, { state: 'failed', nextAttemptAt: null, lastAttemptAt: at })).toEqual({
      event: 'deliveryFailed',
      at,
    })
    expect(deliveryHistoryEvent({ state: 'queued' }, { state: 'failed', lastAttemptAt: at })).toEqual({ event: 'deliveryFailed', at })
  })

  it('saves that change nothing the history tells: no event', () => {
    expect(deliveryHistoryEvent({ state: 'posted' }, { state: 'posted', postedAt: at })).toBeNull()
    expect(deliveryHistoryEvent({ state: 'failed', nextAttemptAt: null }, { state: 'failed', nextAttemptAt: null })).toBeNull()
    expect(deliveryHistoryEvent({ state: 'queued' }, { state: 'sending' })).toBeNull()
    expect(deliveryHistoryEvent({ state: 'posted' }, { state: 'removing' })).toBeNull()
    expect(deliveryHistoryEvent({ state: 'queued' }, { state: 'cancelled' })).toBeNull()
  })
})
