import { describe, expect, it } from 'vitest'

import { priv2Rule } from '../../../hooks/rules/priv2'
import type { ConsentFacts } from '../../../hooks/rules/types'
import { expectNamesRule, makeConsent, makeContext, makeMedia, makePerson, makePost, withPeople } from './factories'

// Publication on 15 March 2026 at 09:00 in Toronto.
const post = makePost({ mediaIds: [10], publishAt: '2026-03-15T13:00:00.000Z' })
const parentConsent = makeConsent({ relationship: 'parent', signatoryName: 'Parent signataire' })

describe('PRIV-2 — parental consent under 14', () => {
  it('is a gate rule', () => {
    expect(priv2Rule.level).toBe('gate')
  })

  it('refuses a child under 14 whose only consent is their own', () => {
    const child = makePerson({ birthDate: '2016-06-01', ageBand: null })
    const [violation, ...rest] = priv2Rule.check(
      post,
      withPeople([{ person: child, consents: [makeConsent()] }], {}, { filename: 'enfants.jpg' }),
    )
    expect(rest).toEqual([])
    expectNamesRule(violation, 'PRIV-2')
    expect(violation).toMatchObject({ level: 'gate', path: 'media.0' })
    expect(violation.message.fr).toBe(
      'image « enfants.jpg » : pour 1 personne de moins de 14 ans, aucun consentement signé par un parent ou un tuteur n’est enregistré (sous 14 ans, celui de la personne elle-même ne suffit pas). Demandez à la personne responsable d’enregistrer le consentement d’un parent ou d’un tuteur, ou retirez l’image.',
    )
    expect(violation.message.en).toContain('no consent signed by a parent or tutor is recorded')
  })

  it.each(['parent', 'tutor'] as const)('accepts a valid consent signed by a %s with their name', (relationship) => {
    const child = makePerson({ birthDate: '2016-06-01' })
    const consent = makeConsent({ relationship, signatoryName: 'Nom inscrit' })
    expect(priv2Rule.check(post, withPeople([{ person: child, consents: [consent] }]))).toEqual([])
  })

  it.each([null, '', '   '])('refuses a parental consent without the signatory name (%j)', (signatoryName) => {
    const child = makePerson({ birthDate: '2016-06-01' })
    const consent = makeConsent({ relationship: 'parent', signatoryName })
    const [violation, ...rest] = priv2Rule.check(post, withPeople([{ person: child, consents: [consent] }]))
    expect(rest).toEqual([])
    expect(violation.message.fr).toContain('le consentement du parent ou du tuteur n’indique pas qui l’a signé')
    expect(violation.message.fr).not.toContain('aucun consentement')
  })

  it('refuses a parental consent that is no longer valid (revoked, expired, or missing a channel)', () => {
    const child = makePerson({ birthDate: '2016-06-01' })
    const cases: [ConsentFacts, string][] = [
      [{ ...parentConsent, revokedAt: '2026-03-01T15:00:00.000Z' }, 'le consentement du parent ou du tuteur a été retiré le 1er mars 2026'],
      [{ ...parentConsent, expiresAt: '2026-03-15T13:00:00.000Z' }, 'le consentement du parent ou du tuteur a pris fin le 15 mars 2026'],
      [{ ...parentConsent, scopes: ['instagram'] }, 'le consentement du parent ou du tuteur ne couvre pas Facebook'],
    ]
    for (const [consent, reason] of cases) {
      const violations = priv2Rule.check(post, withPeople([{ person: child, consents: [consent] }]))
      expect(violations).toHaveLength(1)
      expect(violations[0].message.fr).toContain(reason)
      expect(violations[0].message.fr).not.toContain('aucun consentement signé')
    }
  })

  it('accepts their own consent for a person of 14 or more', () => {
    const teen = makePerson({ birthDate: '2011-01-20', ageBand: null })
    expect(priv2Rule.check(post, withPeople([{ person: teen, consents: [makeConsent()] }]))).toEqual([])
  })

  it('treats a person turning 14 on the publication day as 14', () => {
    const birthday = makePerson({ birthDate: '2012-03-15', ageBand: null })
    expect(priv2Rule.check(post, withPeople([{ person: birthday, consents: [makeConsent()] }]))).toEqual([])
    const tomorrow = makePerson({ birthDate: '2012-03-16', ageBand: null })
    expect(priv2Rule.check(post, withPeople([{ person: tomorrow, consents: [makeConsent()] }]))).toHaveLength(1)
  })

  it('computes the day in the policy time zone: 22:00 in Toronto the day before the birthday is still 13', () => {
    const late = { ...post, publishAt: '2026-03-15T02:00:00.000Z' } // 14 March, 22:00 in Toronto
    const birthday = makePerson({ birthDate: '2012-03-15', ageBand: null })
    expect(priv2Rule.check(late, withPeople([{ person: birthday, consents: [makeConsent()] }]))).toHaveLength(1)
  })

  it('uses the age band when the birth date is unknown', () => {
    const under14 = makePerson({ birthDate: null, ageBand: 'under14' })
    expect(priv2Rule.check(post, withPeople([{ person: under14, consents: [makeConsent()] }]))).toHaveLength(1)
    const teen = makePerson({ birthDate: null, ageBand: '14to17' })
    expect(priv2Rule.check(post, withPeople([{ person: teen, consents: [makeConsent()] }]))).toEqual([])
  })

  it('asks for the age when neither the birth date nor the age band is known', () => {
    const unknown = makePerson({ birthDate: null, ageBand: null })
    const [violation] = priv2Rule.check(post, withPeople([{ person: unknown, consents: [makeConsent()] }]))
    expectNamesRule(violation, 'PRIV-2')
    expect(violation.message.fr).toContain('âge d’une personne montrée est inconnu')
  })

  it('counts several children on one image in one violation', () => {
    const context = makeContext({
      media: [makeMedia({ peopleIds: [1, 2, 3] })],
      people: new Map([
        ['1', makePerson({ id: 1, birthDate: '2017-01-01' })],
        ['2', makePerson({ id: 2, birthDate: '2018-01-01' })],
        ['3', makePerson({ id: 3, birthDate: '1990-01-01' })],
      ]),
      consentsByPerson: new Map([
        ['1', [makeConsent({ personId: 1 })]],
        ['2', [makeConsent({ personId: 2 })]],
        ['3', [makeConsent({ personId: 3 })]],
      ]),
    })
    const violations = priv2Rule.check(post, context)
    expect(violations).toHaveLength(1)
    expect(violations[0].message.fr).toContain('2 personnes de moins de 14 ans')
  })

  it('ignores images that show no identifiable person', () => {
    expect(priv2Rule.check(post, makeContext({ media: [makeMedia({ noIdentifiablePerson: true })] }))).toEqual([])
  })

  it('names the one condition that fails: a parent’s consent in force that does not cover a network of the post', () => {
    const child = makePerson({ birthDate: '2016-06-01' })
    const onFacebookOnly = makeConsent({ relationship: 'parent', signatoryName: 'Parent signataire', scopes: ['facebook'] })
    const onTwo = makePost({
      mediaIds: [10],
      publishAt: '2026-03-15T13:00:00.000Z',
      channels: [
        { channel: 'facebook', text: 'Atelier' },
        { channel: 'linkedin', text: 'Atelier' },
      ],
    })
    const [violation, ...rest] = priv2Rule.check(
      onTwo,
      withPeople([{ person: child, consents: [onFacebookOnly] }], {}, { filename: 'parc.jpg' }),
    )
    expect(rest).toEqual([])
    expectNamesRule(violation, 'PRIV-2')
    expect(violation.message.fr).toContain(
      'image « parc.jpg » : pour 1 personne de moins de 14 ans, le consentement du parent ou du tuteur ne couvre pas LinkedIn.',
    )
    expect(violation.message.fr).not.toContain('aucun consentement signé')
    expect(violation.message.en).toContain('does not cover LinkedIn')
    // On Facebook alone the same consent is enough.
    expect(priv2Rule.check(post, withPeople([{ person: child, consents: [onFacebookOnly] }]))).toEqual([])
  })
})
