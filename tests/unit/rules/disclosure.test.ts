import { describe, expect, it } from 'vitest'

import {
  maySeePersonalFindings,
  WITHHELD_PREFIX,
  withheldFindings,
  withholdPersonal,
  withholdPersonalRefusals,
} from '../../../hooks/engine/disclosure'
import { evaluate, refusals, type Finding } from '../../../hooks/engine/evaluate'
import type { ConsentFacts, MediaFacts } from '../../../hooks/rules/types'
import { makeContext, makePost } from './factories'

const photo: MediaFacts = { id: 10, filename: 'atelier.png', noIdentifiablePerson: false, peopleIds: [1] }
const landscape: MediaFacts = { id: 11, filename: 'paysage.png', noIdentifiablePerson: true, peopleIds: [] }
const consent: ConsentFacts = {
  id: 5,
  personId: 1,
  relationship: 'parent',
  signatoryName: 'Parent',
  scopes: ['facebook'],
  validFrom: '2026-01-01T00:00:00.000Z',
  expiresAt: '2027-01-01T00:00:00.000Z',
  revokedAt: null,
  signedForm: true,
}
const context = makeContext({
  media: [photo, landscape],
  people: new Map([['1', { id: 1, birthDate: '2018-05-01', ageBand: null }]]),
  consentsByPerson: new Map([['1', [consent]]]),
})
const postAt = (publishAt: string) => makePost({ mediaIds: [10, 11], publishAt, workflowStatus: 'approved', valuesConfirmed: true })
const findingsAt = (publishAt: string) => evaluate(postAt(publishAt), context, { target: 'approved', overriddenRules: [] })
const privacy = (findings: Finding[]) => findings.filter((finding) => finding.rule.startsWith('PRIV'))

describe('disclosure of PRIV-1/PRIV-2 findings (PRIV-4)', () => {
  it('the exact findings depend on the date: within the consent nothing, after it PRIV-1', () => {
    expect(privacy(findingsAt('2026-06-01T14:00:00.000Z'))).toEqual([])
    expect(privacy(findingsAt('2027-06-01T14:00:00.000Z')).map((finding) => [finding.rule, finding.personal])).toEqual([
      ['PRIV-1', true],
      ['PRIV-2', true],
    ])
  })

  it('withheld, they are one same PRIV-1 and PRIV-2 finding for the image that lists people, at any date', () => {
    const before = withholdPersonal(findingsAt('2026-06-01T14:00:00.000Z'), postAt('2026-06-01T14:00:00.000Z'), context)
    const after = withholdPersonal(findingsAt('2027-06-01T14:00:00.000Z'), postAt('2027-06-01T14:00:00.000Z'), context)
    expect(privacy(before)).toEqual(privacy(after))
    expect(privacy(before).map((finding) => `${finding.rule} ${finding.path} ${finding.effectiveLevel}`)).toEqual([
      'PRIV-1 media.0 gate',
      'PRIV-2 media.0 gate',
    ])
    expect(privacy(before)[0].message.fr.startsWith(`${WITHHELD_PREFIX} : image « atelier.png »`)).toBe(true)
    // In the rules' order: after POS-1, before FORBID-1.
    const rules = before.map((finding) => finding.rule)
    expect(rules.indexOf('PRIV-1')).toBeLessThan(rules.indexOf('FORBID-1') === -1 ? Infinity : rules.indexOf('FORBID-1'))
  })

  it('only the responsible person, an administrator and the system see the exact findings', () => {
    expect(maySeePersonalFindings(null)).toBe(true)
    expect(maySeePersonalFindings({ roles: ['responsable'] })).toBe(true)
    expect(maySeePersonalFindings({ roles: ['admin'] })).toBe(true)
    expect(maySeePersonalFindings({ roles: ['redaction', 'responsable'] })).toBe(true)
    expect(maySeePersonalFindings({ roles: ['redaction'] })).toBe(false)
    expect(maySeePersonalFindings({ roles: ['collective'] })).toBe(false)
    expect(maySeePersonalFindings({ roles: [] })).toBe(false)
  })

  describe('refusals as told to a reader without access to personal data', () => {
    const withheld = withheldFindings(postAt('2026-06-01T14:00:00.000Z'), context)
    const holding = refusals(findingsAt('2026-06-01T14:00:00.000Z'), true)
    const failing = refusals(findingsAt('2027-06-01T14:00:00.000Z'), true)

    it('a save refused for another reason lists the coarse finding whether the consents hold or not', () => {
      expect(withholdPersonalRefusals(holding, 1, true, withheld)).toEqual(withholdPersonalRefusals(failing, 1, true, withheld))
      expect(privacy(withholdPersonalRefusals(holding, 1, true, withheld))).toHaveLength(2)
    })

    it('a save refused by the consents alone is refused with the coarse finding; one they allow is not refused', () => {
      expect(privacy(withholdPersonalRefusals(failing, 0, true, withheld))).toEqual(withheld)
      expect(withholdPersonalRefusals(holding, 0, true, withheld)).toEqual([])
    })

    it('below the gated stages PRIV-1/PRIV-2 refuse nothing and are not listed', () => {
      expect(withholdPersonalRefusals(refusals(findingsAt('2027-06-01T14:00:00.000Z'), false), 1, false, withheld)).toEqual([])
    })
  })
})
