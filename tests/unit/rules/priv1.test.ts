import { describe, expect, it } from 'vitest'

import { priv1Rule } from '../../../hooks/rules/priv1'
import { expectNamesRule, makeConsent, makeContext, makeMedia, makePerson, makePost, withPeople } from './factories'

const post = makePost({
  mediaIds: [10],
  channels: [
    { channel: 'facebook', text: 'Retour en images sur notre atelier.' },
    { channel: 'x', text: 'Retour sur notre atelier.' },
  ],
  publishAt: '2026-03-20T14:00:00.000Z',
})
const julie = makePerson({ id: 100 })
const marc = makePerson({ id: 101 })

describe('PRIV-1 — consent of the people shown', () => {
  it('is a gate rule', () => {
    expect(priv1Rule.level).toBe('gate')
  })

  it('accepts a post without media', () => {
    expect(priv1Rule.check(makePost(), makeContext())).toEqual([])
  })

  it('accepts an image marked as showing no identifiable person', () => {
    const context = makeContext({ media: [makeMedia({ noIdentifiablePerson: true })] })
    expect(priv1Rule.check(post, context)).toEqual([])
  })

  it('asks to mark the image or list the people when it does neither', () => {
    const context = makeContext({ media: [makeMedia({ filename: 'souper-2026.jpg' })] })
    const [violation] = priv1Rule.check(post, context)
    expectNamesRule(violation, 'PRIV-1')
    expect(violation).toMatchObject({ level: 'gate', path: 'media.0', incomplete: true })
    expect(violation.message.fr).toContain('image « souper-2026.jpg »')
    expect(violation.message.fr).toContain('Aucune personne identifiable')
  })

  it('refuses a media that cannot be found, on its index', () => {
    const context = makeContext({ media: [makeMedia({ id: 10, noIdentifiablePerson: true })] })
    const violations = priv1Rule.check(makePost({ mediaIds: [10, 11] }), context)
    expect(violations).toHaveLength(1)
    expectNamesRule(violations[0], 'PRIV-1')
    expect(violations[0].path).toBe('media.1')
    expect(violations[0].message.fr).toContain('2e image')
  })

  it('matches media IDs whatever their type (number or string)', () => {
    const context = makeContext({ media: [makeMedia({ id: '10', noIdentifiablePerson: true })] })
    expect(priv1Rule.check(makePost({ mediaIds: [10] }), context)).toEqual([])
  })

  it('accepts people who all have a valid consent covering every channel', () => {
    const context = withPeople([
      { person: julie, consents: [makeConsent({ personId: 100 })] },
      { person: marc, consents: [makeConsent({ personId: 101, scopes: ['facebook', 'x'] })] },
    ])
    expect(priv1Rule.check(post, context)).toEqual([])
  })

  it('counts the people without a valid consent and names the channels, never the people', () => {
    const context = withPeople(
      [
        { person: julie, consents: [] },
        { person: marc, consents: [makeConsent({ personId: 101, scopes: ['facebook'] })] },
      ],
      {},
      { filename: 'atelier-mars.jpg' },
    )
    // One message per condition that fails, each with how many people it concerns.
    const [none, channels, ...rest] = priv1Rule.check(post, context)
    expect(rest).toEqual([])
    for (const violation of [none, channels]) {
      expectNamesRule(violation, 'PRIV-1')
      expect(violation.path).toBe('media.0')
      expect(violation.incomplete).toBeUndefined()
      expect(violation.personal).toBe(true)
    }
    expect(none.message.fr).toBe(
      'image « atelier-mars.jpg » : aucun consentement n’est enregistré pour 1 personne montrée. Demandez à la personne responsable d’en obtenir un (formulaire signé), ou retirez l’image.',
    )
    expect(none.message.en).toContain('no consent is recorded for 1 person shown')
    expect(channels.message.fr).toContain('image « atelier-mars.jpg » : pour 1 personne montrée, le consentement ne couvre pas X.')
    expect(channels.message.en).toContain('for 1 person shown, the consent does not cover X.')
  })

  it('says when the consent ended, started or was withdrawn, against the publication date', () => {
    const message = (consent: Parameters<typeof makeConsent>[0]) =>
      priv1Rule.check(post, withPeople([{ person: julie, consents: [makeConsent(consent)] }]))[0].message
    expect(message({ expiresAt: '2026-03-01T12:00:00.000Z' }).fr).toContain(
      'pour 1 personne montrée, le consentement a pris fin le 1er mars 2026, avant la publication du 20 mars 2026. Demandez à la personne responsable de le faire renouveler',
    )
    expect(message({ expiresAt: '2026-03-01T12:00:00.000Z' }).en).toContain(
      'the consent ended on March 1, 2026, before the publication on March 20, 2026',
    )
    expect(message({ validFrom: '2026-04-02T12:00:00.000Z' }).fr).toContain(
      'le consentement ne commence que le 2 avril 2026, après la publication du 20 mars 2026. Publiez à partir de cette date',
    )
    expect(message({ revokedAt: '2026-03-09T12:00:00.000Z' }).fr).toContain('le consentement a été retiré le 9 mars 2026. Retirez l’image')
  })

  it('gives every distinct date once when several people fail for the same reason', () => {
    const context = withPeople([
      { person: julie, consents: [makeConsent({ personId: 100, expiresAt: '2026-03-01T12:00:00.000Z' })] },
      { person: marc, consents: [makeConsent({ id: 1002, personId: 101, expiresAt: '2026-02-01T12:00:00.000Z' })] },
    ])
    const [violation, ...rest] = priv1Rule.check(post, context)
    expect(rest).toEqual([])
    expect(violation.message.fr).toContain('pour 2 personnes montrées, le consentement a pris fin le 1er février 2026 et 1er mars 2026')
  })

  it('names only the uncovered channel when the consent lacks one scope', () => {
    const context = withPeople([{ person: julie, consents: [makeConsent({ scopes: ['facebook', 'instagram'] })] }])
    const [violation] = priv1Rule.check(post, context)
    expect(violation.message.fr).toContain('pour 1 personne montrée, le consentement ne couvre pas X.')
  })

  it('requires a single consent covering all channels (two partial consents are not enough)', () => {
    const context = withPeople([
      { person: julie, consents: [makeConsent({ scopes: ['facebook'] }), makeConsent({ id: 1001, scopes: ['x'] })] },
    ])
    expect(priv1Rule.check(post, context)).toHaveLength(1)
  })

  it('checks validity at the scheduled publication, not now', () => {
    const context = withPeople([{ person: julie, consents: [makeConsent({ expiresAt: '2026-03-20T14:00:00.000Z' })] }])
    expect(priv1Rule.check(post, context)).toHaveLength(1)
    expect(priv1Rule.check({ ...post, publishAt: '2026-03-20T13:59:00.000Z' }, context)).toEqual([])
  })

  it('checks validity now when the post has no scheduled publication', () => {
    const context = withPeople([{ person: julie, consents: [makeConsent({ validFrom: '2026-03-11T00:00:00.000Z' })] }])
    expect(priv1Rule.check({ ...post, publishAt: null }, context)).toHaveLength(1)
    expect(priv1Rule.check(post, context)).toEqual([])
  })

  it('refuses a revoked consent and accepts one whose revocation is still in the future', () => {
    const revoked = withPeople([{ person: julie, consents: [makeConsent({ revokedAt: '2026-03-09T12:00:00.000Z' })] }])
    expect(priv1Rule.check(post, revoked)).toHaveLength(1)
    const later = withPeople([{ person: julie, consents: [makeConsent({ revokedAt: '2026-09-01T12:00:00.000Z' })] }])
    expect(priv1Rule.check(post, later)).toEqual([])
  })

  it('needs only a consent in force for a post without channel', () => {
    const context = withPeople([{ person: julie, consents: [makeConsent({ scopes: [] })] }])
    expect(priv1Rule.check({ ...post, channels: [] }, context)).toEqual([])
    const none = withPeople([{ person: julie, consents: [] }])
    const [violation] = priv1Rule.check({ ...post, channels: [] }, none)
    expect(violation.message.fr).toContain('aucun consentement n’est enregistré pour 1 personne montrée')
  })

  it('reports one violation per media, each on its own path', () => {
    const context = makeContext({
      media: [makeMedia({ id: 10, peopleIds: [100] }), makeMedia({ id: 11, filename: 'b.jpg', peopleIds: [100] })],
      people: new Map([['100', julie]]),
      consentsByPerson: new Map([['100', []]]),
    })
    const violations = priv1Rule.check({ ...post, mediaIds: [10, 11] }, context)
    expect(violations.map((violation) => violation.path)).toEqual(['media.0', 'media.1'])
  })

  describe('PRIV-4: the signed form on file', () => {
    it('refuses a consent in force without its signed form, saying what to do', () => {
      const context = withPeople([{ person: julie, consents: [makeConsent({ personId: 100, signedForm: false })] }])
      const [violation, ...others] = priv1Rule.check(post, context)
      expect(others).toEqual([])
      expectNamesRule(violation, 'PRIV-1')
      expect(violation).toMatchObject({ level: 'gate', path: 'media.0', personal: true })
      expect(violation.message.fr).toContain('joindre le formulaire signé ou indiquer où il est conservé')
      expect(violation.message.fr).toContain('1 personne montrée')
      expect(violation.message.en).toContain('attach the signed form or say where it is kept')
    })

    it('accepts the same consent once a form (or where it is kept) is on file', () => {
      const context = withPeople([{ person: julie, consents: [makeConsent({ personId: 100, signedForm: true })] }])
      expect(priv1Rule.check(post, context)).toEqual([])
    })

    it('accepts a person with another valid consent that has its form', () => {
      const context = withPeople([
        { person: julie, consents: [makeConsent({ personId: 100, signedForm: false }), makeConsent({ id: 1001, personId: 100 })] },
      ])
      expect(priv1Rule.check(post, context)).toEqual([])
    })

    it('counts the people lacking a form, and says « no valid consent » for those lacking a consent', () => {
      const context = withPeople([
        { person: julie, consents: [makeConsent({ personId: 100, signedForm: false })] },
        { person: marc, consents: [makeConsent({ id: 1002, personId: 101, signedForm: false })] },
        { person: makePerson({ id: 102 }), consents: [] },
      ])
      const violations = priv1Rule.check(post, context)
      expect(violations).toHaveLength(2)
      expect(violations[0].message.fr).toContain('2 personnes montrées')
      expect(violations[0].message.en).toContain('2 people shown')
      expect(violations[1].message.fr).toContain('aucun consentement n’est enregistré pour 1 personne montrée')
    })

    it('does not treat a withdrawn consent without form as a form problem', () => {
      const context = withPeople([
        { person: julie, consents: [makeConsent({ personId: 100, signedForm: false, revokedAt: '2026-02-01T12:00:00.000Z' })] },
      ])
      const [violation] = priv1Rule.check(post, context)
      expect(violation.message.fr).not.toContain('formulaire signé')
      expect(violation.message.fr).toContain('le consentement a été retiré le 1er février 2026')
    })
  })
})
