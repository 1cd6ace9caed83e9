import { describe, expect, it } from 'vitest'

import { cat7Rule } from '../../../hooks/rules/cat7'
import { expectNamesRule, makeCategory, makeContext, makePost } from './factories'

const knowledge = makeContext({ category: makeCategory('CAT-7') })

describe('CAT-7 — knowledge sharing cites its source', () => {
  it('is a block rule', () => {
    expect(cat7Rule.level).toBe('block')
  })

  it('ignores other categories', () => {
    expect(cat7Rule.check(makePost({ source: null }), makeContext({ category: makeCategory('CAT-2') }))).toEqual([])
  })

  it.each([null, '', '   \n'])('marks a missing or blank source (%j) as incomplete', (source) => {
    const [violation] = cat7Rule.check(makePost({ source }), knowledge)
    expectNamesRule(violation, 'CAT-7')
    expect(violation).toMatchObject({ level: 'block', path: 'source', incomplete: true })
    expect(violation.message.fr).toContain('Source (lien ou référence)')
  })

  it.each([
    'https://www.inspq.qc.ca/publications/2958',
    'http://roeq.qc.ca/nouvelles',
    'www.espace-mauricie.org/ressources',
    'Guide médias sociaux, ROEQ, juillet 2017',
    'Formation « Prévenir la violence » donnée par ESPACE Montréal, 12 février 2026',
    'httpbin, un outil cité dans la formation',
  ])('accepts the source %j', (source) => {
    expect(cat7Rule.check(makePost({ source }), knowledge)).toEqual([])
  })

  it.each([
    'https://',
    'http//exemple.org',
    'https://exemple',
    'www.exemple .org/article',
    'https:exemple.org',
    'https://exemple.org/un article',
  ])('refuses the broken link %j as a wrong value', (source) => {
    const [violation] = cat7Rule.check(makePost({ source }), knowledge)
    expectNamesRule(violation, 'CAT-7')
    expect(violation.path).toBe('source')
    expect(violation.incomplete).toBeUndefined()
    expect(violation.message.fr).toContain(`« ${source} »`)
  })
})
