import { describe, expect, it } from 'vitest'

import { codeVersionOf, hasAcceptedCurrentCode } from '../../src/codeOfConduct/acceptance'

describe('hasAcceptedCurrentCode (FORBID-3)', () => {
  const at = '2026-03-02T15:00:00.000Z'
  it('counts an acceptance of the current or a later version', () => {
    expect(hasAcceptedCurrentCode({ codeOfConductAcceptedAt: at, codeOfConductVersion: 2 }, 2)).toBe(true)
    expect(hasAcceptedCurrentCode({ codeOfConductAcceptedAt: at, codeOfConductVersion: 3 }, 2)).toBe(true)
  })
  it('counts an acceptance from before versions (no version) as one of the first version only', () => {
    expect(hasAcceptedCurrentCode({ codeOfConductAcceptedAt: at, codeOfConductVersion: null }, 1)).toBe(true)
    expect(hasAcceptedCurrentCode({ codeOfConductAcceptedAt: at }, 2)).toBe(false)
  })
  it('does not count an older version or a missing date', () => {
    expect(hasAcceptedCurrentCode({ codeOfConductAcceptedAt: at, codeOfConductVersion: 1 }, 2)).toBe(false)
    expect(hasAcceptedCurrentCode({ codeOfConductAcceptedAt: null, codeOfConductVersion: 5 }, 1)).toBe(false)
    expect(hasAcceptedCurrentCode({ codeOfConductAcceptedAt: ' ', codeOfConductVersion: 5 }, 1)).toBe(false)
    expect(hasAcceptedCurrentCode(null, 1)).toBe(false)
  })
  it('reads the version of the policy, the first one when none is stored', () => {
    expect(codeVersionOf({ codeOfConduct: { version: 4 } })).toBe(4)
    expect(codeVersionOf({ codeOfConduct: { version: null } })).toBe(1)
    expect(codeVersionOf(null)).toBe(1)
  })
})
