import { describe, expect, it } from 'vitest'

import { withDefaultLanguage } from '../../dev/defaultLanguage'

describe('French first (withDefaultLanguage)', () => {
  it('adds the French language cookie when the person made no choice', () => {
    expect(withDefaultLanguage(null)).toBe('payload-lng=fr')
    expect(withDefaultLanguage('payload-token=abc')).toBe('payload-token=abc; payload-lng=fr')
  })

  it("keeps the person's own choice", () => {
    expect(withDefaultLanguage('payload-lng=en')).toBeNull()
    expect(withDefaultLanguage('a=1; payload-lng=en; b=2')).toBeNull()
  })
})
