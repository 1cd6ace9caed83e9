import { describe, expect, it } from 'vitest'

import { withRuleId } from '../../../hooks/rules/messages'
import { forbid3Rule } from '../../../hooks/rules/forbid3'
import { expectNamesRule, makeContext, makePost } from './factories'

describe('FORBID-3 — code of conduct accepted', () => {
  it('is enforced as a block on posts', () => {
    expect(forbid3Rule.level).toBe('block')
  })

  it('accepts a person who accepted the code of conduct', () => {
    expect(forbid3Rule.check(makePost(), makeContext())).toEqual([])
  })

  it.each([null, '', ' '])('refuses a person whose acceptance date is %j', (codeOfConductAcceptedAt) => {
    const context = makeContext({ actor: { id: 8, roles: ['redaction'], codeOfConductAcceptedAt } })
    const [violation, ...rest] = forbid3Rule.check(makePost(), context)
    expect(rest).toEqual([])
    expectNamesRule(violation, 'FORBID-3')
    expect(violation).toMatchObject({ level: 'block', path: 'title' })
    expect(withRuleId(violation, 'fr')).toBe(
      'FORBID-3 : vous devez accepter le code de conduite avant de créer ou modifier du contenu. Ouvrez « Mon compte », lisez le code de conduite et cliquez sur « J’accepte ».',
    )
    expect(violation.message.en).toContain('code of conduct')
  })

  it('refuses an acceptance of an older version once the policy publishes a new one', () => {
    const actor = { id: 8, roles: ['redaction'], codeOfConductAcceptedAt: '2026-01-05T14:00:00.000Z', codeOfConductVersion: 1 }
    const policy = { ...makeContext().policy, codeOfConductVersion: 2 }
    const [violation] = forbid3Rule.check(makePost(), makeContext({ actor, policy }))
    expectNamesRule(violation, 'FORBID-3')
    expect(forbid3Rule.check(makePost(), makeContext({ actor: { ...actor, codeOfConductVersion: 2 }, policy }))).toEqual([])
  })

  it('never concerns the system (no actor)', () => {
    expect(forbid3Rule.check(makePost(), makeContext({ actor: null }))).toEqual([])
  })
})
