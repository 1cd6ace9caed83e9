import { describe, expect, it } from 'vitest'

import { defaultPolicy } from '../../src/policy/defaults'
import { validatePolicyData } from '../../src/policy/schema'

describe('policy settings schema (zod)', () => {
  it('accepts the defaults', () => {
    expect(validatePolicyData(defaultPolicy('America/Toronto'))).toEqual([])
  })

  it('refuses bad settings with the field path and the reason', () => {
    const policy = defaultPolicy('America/Toronto')
    const issues = validatePolicyData({
      ...policy,
      timeZone: 'Québec/Montréal',
      frequency: [
        { channel: 'facebook', targetPerWeek: 20, maxPerDay: 1 },
        { channel: 'facebook', targetPerWeek: 1, maxPerDay: 1 },
      ],
      channelLimits: [{ channel: 'x', limit: 0 }],
    })
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'timeZone', reason: 'not an IANA time zone (e.g. America/Toronto)' },
        { path: 'frequency.0.targetPerWeek', reason: 'the weekly target cannot be reached with this daily maximum' },
        { path: 'frequency.1.channel', reason: '"facebook" appears twice' },
        expect.objectContaining({ path: 'channelLimits.0.limit' }),
      ]),
    )
    expect(issues).toHaveLength(4)
  })

  it('refuses an unknown channel', () => {
    const issues = validatePolicyData({ channelLimits: [{ channel: 'myspace', limit: 100 }] })
    expect(issues.map((issue) => issue.path)).toEqual(['channelLimits.0.channel'])
  })
})
