import { describe, expect, it } from 'vitest'

import { gov6Rule } from '../../../hooks/rules/gov6'
import { expectNamesRule, makeContext, makePost } from './factories'

const approving = makeContext({ transition: { from: 'in_review', to: 'approved' } })

describe('GOV-6 — matches the organisation’s values', () => {
  it('is a warn rule', () => {
    expect(gov6Rule.level).toBe('warn')
  })

  it('asks the reviewer to confirm the values at approval', () => {
    const [violation, ...rest] = gov6Rule.check(makePost({ valuesConfirmed: false }), approving)
    expect(rest).toEqual([])
    expectNamesRule(violation, 'GOV-6')
    expect(violation).toMatchObject({ level: 'warn', path: 'valuesConfirmed' })
    expect(violation.message.fr).toContain('valeurs de l’organisme')
  })

  it('accepts an approval with the values confirmed', () => {
    expect(gov6Rule.check(makePost({ valuesConfirmed: true }), approving)).toEqual([])
  })

  it('does not ask while drafting or at other steps', () => {
    expect(gov6Rule.check(makePost(), makeContext({ transition: null }))).toEqual([])
    expect(gov6Rule.check(makePost(), makeContext({ transition: { from: 'draft', to: 'in_review' } }))).toEqual([])
  })

  it('does not ask again when a scheduled post is taken back to approved', () => {
    expect(gov6Rule.check(makePost(), makeContext({ transition: { from: 'scheduled', to: 'approved' } }))).toEqual([])
  })
})
