import { describe, expect, it } from 'vitest'

import { pos1Rule } from '../../../hooks/rules/pos1'
import type { PositionFacts } from '../../../hooks/rules/types'
import { expectNamesRule, makeCategory, makeContext, makePost } from './factories'

const adopted: PositionFacts = { id: 5, title: 'Pour une éducation à la sexualité dès le primaire', status: 'adopted' }
const officialPost = makePost({ positionId: 5 })
const official = (overrides: Parameters<typeof makeContext>[0] = {}) =>
  makeContext({ category: makeCategory('CAT-10'), position: adopted, ...overrides })
const approving = { from: 'in_review', to: 'approved' } as const

describe('POS-1 — an official position adopted by the Collective', () => {
  it('is a gate rule', () => {
    expect(pos1Rule.level).toBe('gate')
  })

  it('ignores posts of other categories, even without position', () => {
    expect(pos1Rule.check(makePost(), makeContext({ transition: approving }))).toEqual([])
  })

  it('accepts a CAT-10 post citing an adopted position', () => {
    expect(pos1Rule.check(officialPost, official())).toEqual([])
  })

  it('marks a CAT-10 post without position as incomplete, on the position field', () => {
    const [violation] = pos1Rule.check(makePost({ positionId: null }), official({ position: null }))
    expectNamesRule(violation, 'POS-1')
    expect(violation).toMatchObject({ level: 'gate', path: 'position', incomplete: true })
  })

  it('refuses an unknown position', () => {
    const [violation] = pos1Rule.check(officialPost, official({ position: null }))
    expect(violation.path).toBe('position')
    expect(violation.incomplete).toBeUndefined()
  })

  it.each([
    ['withdrawn', 'a été retirée', 'has been withdrawn'],
    ['superseded', 'a été remplacée', 'has been superseded'],
    ['draft', 'brouillon', 'draft'],
  ] as const)('refuses a %s position and names its status in words', (status, fr, en) => {
    const [violation, ...rest] = pos1Rule.check(officialPost, official({ position: { ...adopted, status } }))
    expect(rest).toEqual([])
    expectNamesRule(violation, 'POS-1')
    expect(violation.path).toBe('position')
    expect(violation.message.fr).toContain(fr)
    expect(violation.message.en).toContain(en)
    expect(violation.message.fr).toContain('« Pour une éducation à la sexualité dès le primaire »')
  })

  it('lets a member of the Collective approve a CAT-10 post', () => {
    const actor = { id: 3, roles: ['collective'], codeOfConductAcceptedAt: '2026-01-01' }
    expect(pos1Rule.check(officialPost, official({ actor, transition: approving }))).toEqual([])
  })

  it('refuses the approval of a CAT-10 post by someone outside the Collective', () => {
    const actor = { id: 4, roles: ['responsable', 'admin'], codeOfConductAcceptedAt: '2026-01-01' }
    const [violation, ...rest] = pos1Rule.check(officialPost, official({ actor, transition: approving }))
    expect(rest).toEqual([])
    expectNamesRule(violation, 'POS-1')
    expect(violation.path).toBe('workflowStatus')
    expect(violation.message.fr).toContain('membre de la Collective')
  })

  it('does not hold the system (seed, scheduled job) to the Collective check', () => {
    expect(pos1Rule.check(officialPost, official({ actor: null, transition: approving }))).toEqual([])
  })

  it('treats coming back from unscheduled as an approval, but not taking a scheduled post back to approved', () => {
    const actor = { id: 4, roles: ['responsable'], codeOfConductAcceptedAt: '2026-01-01' }
    expect(pos1Rule.check(officialPost, official({ actor, transition: { from: 'unscheduled', to: 'approved' } }))).toHaveLength(1)
    expect(pos1Rule.check(officialPost, official({ actor, transition: { from: 'scheduled', to: 'approved' } }))).toEqual([])
  })

  it('does not check who moves a CAT-10 post to another status', () => {
    const actor = { id: 4, roles: ['responsable'], codeOfConductAcceptedAt: '2026-01-01' }
    expect(pos1Rule.check(officialPost, official({ actor, transition: { from: 'draft', to: 'in_review' } }))).toEqual([])
  })
})
