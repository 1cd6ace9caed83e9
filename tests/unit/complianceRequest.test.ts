import type { FormState } from 'payload'
import { describe, expect, it } from 'vitest'

import { complianceRequestBody } from '../../src/components/complianceRequest'

describe('complianceRequestBody (what the compliance panel sends)', () => {
  it('sends the rows of a new post’s networks, not the row count Payload keeps at the array’s path', () => {
    const fields = {
      title: { value: 'Atelier', initialValue: '' },
      channels: { value: 2, rows: [{ id: 'a' }, { id: 'b' }] },
      'channels.0.id': { value: 'a' },
      'channels.0.channel': { value: 'facebook' },
      'channels.0.text': { value: 'Bonjour' },
      'channels.1.id': { value: 'b' },
      'channels.1.channel': { value: 'x' },
      'channels.1.text': { value: '' },
      history: { value: 0, rows: [] },
      compliancePanel: { value: undefined },
    } as unknown as FormState
    expect(JSON.parse(complianceRequestBody(fields, undefined))).toEqual({
      data: {
        title: 'Atelier',
        channels: [
          { id: 'a', channel: 'facebook', text: 'Bonjour' },
          { id: 'b', channel: 'x', text: '' },
        ],
      },
    })
  })

  it('sends an array without rows as empty, with the stored post’s ID', () => {
    const fields = { title: { value: '' }, channels: { value: 0 } } as unknown as FormState
    expect(JSON.parse(complianceRequestBody(fields, 18))).toEqual({ id: 18, data: { title: '', channels: [] } })
  })
})
