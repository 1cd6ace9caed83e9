import { describe, expect, it } from 'vitest'

import { cat8Rule } from '../../../hooks/rules/cat8'
import { expectNamesRule, makeCategory, makeContext, makePost } from './factories'

const network = makeContext({ category: makeCategory('CAT-8') })

describe('CAT-8 — the source organisation is named', () => {
  it('is a block rule', () => {
    expect(cat8Rule.level).toBe('block')
  })

  it('ignores other categories', () => {
    expect(cat8Rule.check(makePost(), makeContext({ category: makeCategory('CAT-7') }))).toEqual([])
  })

  it.each([null, '', '  '])('marks a missing source organisation (%j) as incomplete', (sourceOrganisation) => {
    const [violation] = cat8Rule.check(makePost({ sourceOrganisation }), network)
    expectNamesRule(violation, 'CAT-8')
    expect(violation).toMatchObject({ level: 'block', path: 'sourceOrganisation', incomplete: true })
    expect(violation.message.en).toContain('Source organisation')
  })

  it('accepts a named organisation', () => {
    expect(cat8Rule.check(makePost({ sourceOrganisation: 'ESPACE Outaouais' }), network)).toEqual([])
  })
})
