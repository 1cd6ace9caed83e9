import { describe, expect, it } from 'vitest'

import { catRule } from '../../../hooks/rules/cat'
import { expectNamesRule, makeCategory, makeContext, makePost } from './factories'

describe('CAT — an allowed category', () => {
  it('is a block rule', () => {
    expect(catRule.id).toBe('CAT')
    expect(catRule.level).toBe('block')
  })

  it('accepts an active category', () => {
    expect(catRule.check(makePost(), makeContext())).toEqual([])
  })

  it('marks a post without category as incomplete, on the category field', () => {
    const [violation, ...rest] = catRule.check(makePost({ categoryId: null }), makeContext({ category: null }))
    expect(rest).toEqual([])
    expectNamesRule(violation, 'CAT')
    expect(violation).toMatchObject({ level: 'block', path: 'category', incomplete: true })
    expect(violation.message.fr).toContain('Catégorie')
  })

  it('refuses an unknown category, which is wrong rather than missing', () => {
    const [violation] = catRule.check(makePost({ categoryId: 999 }), makeContext({ category: null }))
    expectNamesRule(violation, 'CAT')
    expect(violation.path).toBe('category')
    expect(violation.incomplete).toBeUndefined()
    expect(violation.message.fr).toContain('n’existe pas')
  })

  it('refuses a retired category and asks for an active one', () => {
    const category = makeCategory('CAT-3', { retired: true, labelFr: 'Nouvelles du mouvement', labelEn: 'Movement news' })
    const [violation] = catRule.check(makePost(), makeContext({ category }))
    expectNamesRule(violation, 'CAT')
    expect(violation.path).toBe('category')
    expect(violation.incomplete).toBeUndefined()
    expect(violation.message.fr).toContain('« Nouvelles du mouvement » (CAT-3) est retirée')
    expect(violation.message.fr).toContain('catégorie active')
    expect(violation.message.en).toContain('active category')
  })
})
