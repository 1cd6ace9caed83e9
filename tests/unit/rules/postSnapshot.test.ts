import { describe, expect, it } from 'vitest'

import { toPostSnapshot } from '../../../hooks/engine/snapshot'

describe('toPostSnapshot: the rules see only values of the right type (Payload validates after them)', () => {
  it('drops a channel that is not a string and reads a text that is not a string as empty', () => {
    const snapshot = toPostSnapshot({
      channels: [
        { channel: { like: '%' }, text: { exists: true } },
        { channel: 'x', text: 42 },
        { channel: '', text: 'vide' },
        { channel: 'facebook', text: 'Bonjour' },
      ],
    })
    expect(snapshot.channels).toEqual([
      { channel: 'x', text: '' },
      { channel: 'facebook', text: 'Bonjour' },
    ])
  })
})
