import type { Payload } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import type { Post } from '../../dev/payload-types'
import {
  type Team,
  type TestUser,
  categoryId,
  createConsent,
  createImage,
  createPerson,
  createPosition,
  draftPost,
  movePost,
  refusal,
  setUpTeam,
  stored,
} from '../helpers/fixtures'
import { relationId } from '../../hooks/engine/snapshot'
import { createUser } from '../helpers/testPayload'

describe('the policy rules through the local API (real users, overrideAccess: false)', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  async function submit(post: Post, by: TestUser = team.redaction) {
    return movePost(payload, by, post.id, { workflowStatus: 'in_review' })
  }
  async function approve(post: Post, by: TestUser = team.responsable) {
    return movePost(payload, by, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
  }
  const rulesOf = (errors: { message: string }[]) => errors.map((error) => /^([A-Z]+(?:-\d+)?)/.exec(error.message)?.[1])

  describe('CAT (block)', () => {
    it('lets a draft wait for its category but refuses to submit it without one', async () => {
      const post = await draftPost(payload, team.redaction, { category: null })
      expect(post.compliance?.map((row) => `${row.rule}:${row.level}`)).toContain('CAT:gate')
      const refused = await refusal(submit(post))
      expect(refused.errors).toEqual([{ path: 'category', message: expect.stringMatching(/^CAT\b/) }])
      expect((await stored(payload, post.id)).workflowStatus).toBe('draft')
    })

    it('refuses a retired category even on a draft, and writes nothing', async () => {
      const cat3 = await categoryId(payload, 'CAT-3')
      await payload.update({ collection: 'categories', id: cat3, data: { retired: true }, user: team.responsable, overrideAccess: false })
      const before = (await payload.count({ collection: 'posts' })).totalDocs
      const refused = await refusal(draftPost(payload, team.redaction, { category: cat3 }))
      expect(refused.status).toBe(400)
      expect(refused.errors[0]).toMatchObject({ path: 'category' })
      expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(before)
      await payload.update({ collection: 'categories', id: cat3, data: { retired: false }, user: team.responsable, overrideAccess: false })
    })

    it('answers in English for an English-speaking user', async () => {
      const post = await draftPost(payload, team.redaction, { category: null })
      const refused = await refusal(
        payload.update({
          collection: 'posts',
          id: post.id,
          data: { workflowStatus: 'in_review' },
          user: team.redaction,
          overrideAccess: false,
          locale: undefined,
          req: { i18n: { language: 'en' } } as never,
        }),
      )
      expect(refused.errors[0].message).toMatch(/^CAT\b.*categor/i)
    })
  })

  describe('CAT-6, CAT-7, CAT-8 (block)', () => {
    it('CAT-6: an offer needs a closing date, not before its publication', async () => {
      const cat6 = await categoryId(payload, 'CAT-6')
      const early = await refusal(draftPost(payload, team.redaction, { category: cat6, closingDate: '2026-12-01T00:00:00.000Z' }))
      expect(early.errors).toEqual([{ path: 'closingDate', message: expect.stringContaining('CAT-6') }])
      const missing = await draftPost(payload, team.redaction, { category: cat6 })
      expect(rulesOf((await refusal(submit(missing))).errors)).toEqual(['CAT-6'])
      const fine = await draftPost(payload, team.redaction, { category: cat6, closingDate: '2026-12-20T00:00:00.000Z' })
      expect((await submit(fine)).workflowStatus).toBe('in_review')
    })

    it('CAT-7: knowledge sharing needs a source, and a link must be a valid link', async () => {
      const cat7 = await categoryId(payload, 'CAT-7')
      const badLink = await refusal(draftPost(payload, team.redaction, { category: cat7, source: 'https://' }))
      expect(badLink.errors[0]).toMatchObject({ path: 'source' })
      const missing = await draftPost(payload, team.redaction, { category: cat7 })
      expect(rulesOf((await refusal(submit(missing))).errors)).toEqual(['CAT-7'])
      const fine = await draftPost(payload, team.redaction, { category: cat7, source: 'https://www.inspq.qc.ca/rapport-2026' })
      expect((await submit(fine)).workflowStatus).toBe('in_review')
    })

    it('CAT-8: information from another organisation names it', async () => {
      const cat8 = await categoryId(payload, 'CAT-8')
      const missing = await draftPost(payload, team.redaction, { category: cat8 })
      const refused = await refusal(submit(missing))
      expect(refused.errors).toEqual([{ path: 'sourceOrganisation', message: expect.stringContaining('CAT-8') }])
      const fine = await draftPost(payload, team.redaction, { category: cat8, sourceOrganisation: 'ESPACE Montérégie' })
      expect((await submit(fine)).workflowStatus).toBe('in_review')
    })
  })

  describe('PRIV-1 and PRIV-2 (gate)', () => {
    it('refuses to approve an image that is neither marked nor tagged, accepts one with no identifiable person', async () => {
      const untagged = await createImage(payload)
      const post = await draftPost(payload, team.redaction, { media: [untagged.id] })
      await submit(post)
      const refused = await refusal(approve(post))
      expect(refused.errors).toEqual([{ path: 'media.0', message: expect.stringContaining('PRIV-1') }])

      const landscape = await createImage(payload, { noIdentifiablePerson: true })
      const fine = await draftPost(payload, team.redaction, { media: [landscape.id] })
      await submit(fine)
      expect((await approve(fine)).workflowStatus).toBe('approved')
    })

    it('needs a valid consent covering every channel of the post for each person shown', async () => {
      const child = await createPerson(payload, { birthDate: '2015-03-02T00:00:00.000Z' })
      await createConsent(payload, child.id, { scopes: ['facebook'] })
      const photo = await createImage(payload, { people: [child.id] })

      const facebookOnly = await draftPost(payload, team.redaction, { media: [photo.id] })
      await submit(facebookOnly)
      expect((await approve(facebookOnly)).workflowStatus).toBe('approved')

      const alsoInstagram = await draftPost(payload, team.redaction, {
        media: [photo.id],
        channels: [
          { channel: 'facebook', text: 'Atelier de prévention.' },
          { channel: 'instagram', text: 'Atelier de prévention.' },
        ],
      })
      await submit(alsoInstagram)
      const refused = await refusal(approve(alsoInstagram))
      // The child is under 14: PRIV-2 (parent's consent for every channel) fails with PRIV-1.
      expect(refused.errors.map((error) => `${error.path} ${rulesOf([error])[0]}`).sort()).toEqual(['media.0 PRIV-1', 'media.0 PRIV-2'])
      expect(refused.errors.find((error) => error.message.startsWith('PRIV-1'))?.message).toContain('Instagram')
      // PRIV-2 names the one condition that fails: the parent's consent does not cover Instagram (not « no parent's consent »).
      const priv2 = refused.errors.find((error) => error.message.startsWith('PRIV-2'))?.message
      expect(priv2).toContain('ne couvre pas Instagram')
      expect(priv2).not.toContain('aucun consentement signé')
      for (const error of refused.errors) expect(error.message).not.toContain('Enfant Test')
    })

    it('refuses a consent that is expired or revoked at the publication date', async () => {
      const adult = await createPerson(payload, { kind: 'volunteer', ageBand: 'adult' })
      await createConsent(payload, adult.id, { relationship: 'self', signatoryName: 'Bénévole', expiresAt: '2026-12-01T00:00:00.000Z' })
      const photo = await createImage(payload, { people: [adult.id] })
      const post = await draftPost(payload, team.redaction, { media: [photo.id], publishAt: '2026-12-10T15:00:00.000Z' })
      await submit(post)
      const { errors } = await refusal(approve(post))
      expect(rulesOf(errors)).toEqual(['PRIV-1'])
      // The one condition that fails, with its date and the publication's.
      expect(errors[0].message).toContain('le consentement a pris fin le 1er décembre 2026, avant la publication du 10 décembre 2026')
    })

    it('PRIV-2: a child under 14 needs a parent or guardian signature, not their own', async () => {
      const child = await createPerson(payload, { birthDate: '2016-06-01T00:00:00.000Z' })
      const own = await createConsent(payload, child.id, { relationship: 'self', signatoryName: 'Enfant' })
      const photo = await createImage(payload, { people: [child.id] })
      const post = await draftPost(payload, team.redaction, { media: [photo.id] })
      await submit(post)
      expect(rulesOf((await refusal(approve(post))).errors)).toContain('PRIV-2')

      await payload.update({ collection: 'consents', id: own.id, data: { relationship: 'parent', signatoryName: 'Marie Tremblay' } })
      expect((await approve(post)).workflowStatus).toBe('approved')
    })

    it('a consent signed by a parent must name the signatory', async () => {
      const child = await createPerson(payload)
      const refused = await refusal(
        payload.create({
          collection: 'consents',
          data: { person: child.id, relationship: 'parent', signatoryName: '', scopes: ['facebook'] },
          user: team.responsable,
          overrideAccess: false,
        }),
      )
      expect(refused.errors).toEqual([{ path: 'signatoryName', message: expect.stringContaining('PRIV-2') }])
    })
  })

  describe('FORBID-1 (warn, override with justification)', () => {
    it('stores the warning, refuses approval, and lets only the responsible person override it in writing', async () => {
      const post = await draftPost(payload, team.redaction, {
        channels: [{ channel: 'facebook', text: 'Joyeux anniversaire à notre coordonnatrice Julie !' }],
      })
      expect(post.compliance?.find((row) => row.rule === 'FORBID-1')).toMatchObject({ level: 'warn', path: 'channels.0.text' })
      await submit(post)
      expect(rulesOf((await refusal(approve(post))).errors)).toEqual(['FORBID-1'])

      // Redaction cannot override: refused with the reason (not dropped in silence), nothing written.
      const before = await stored(payload, post.id)
      const notTheirs = await refusal(
        movePost(payload, team.redaction, post.id, {
          workflowStatus: 'draft',
          overrides: [{ rule: 'FORBID-1', justification: 'Julie a donné son accord écrit.' }],
        }),
      )
      expect(notTheirs.status).toBe(400)
      expect(notTheirs.errors).toEqual([
        { path: 'overrides', message: 'FORBID-1 : seule la personne responsable peut passer outre à un avertissement.' },
      ])
      const after = await stored(payload, post.id)
      expect({ stage: after.workflowStatus, overrides: after.overrides ?? [], updatedAt: after.updatedAt }).toEqual({
        stage: before.workflowStatus,
        overrides: [],
        updatedAt: before.updatedAt,
      })
      // The form sends stored overrides back unchanged with any save: that is not an attempt.
      expect((await movePost(payload, team.redaction, post.id, { overrides: [] })).workflowStatus).toBe('in_review')

      const tooShort = await refusal(
        movePost(payload, team.responsable, post.id, { overrides: [{ rule: 'FORBID-1', justification: 'ok' }] }),
      )
      expect(tooShort.errors).toEqual([{ path: 'overrides.0.justification', message: expect.stringContaining('justification') }])

      await movePost(payload, team.responsable, post.id, {
        overrides: [{ rule: 'FORBID-1', justification: 'Julie a donné son accord écrit pour souligner ses 20 ans de service.' }],
      })
      const approved = await approve(post)
      expect(approved.workflowStatus).toBe('approved')
      expect(approved.overrides?.[0]).toMatchObject({ rule: 'FORBID-1' })
      expect(relationId(approved.overrides?.[0].by)).toBe(team.responsable.id)
      expect(approved.overrides?.[0].at).toBeTruthy()
      expect(approved.compliance?.find((row) => row.rule === 'FORBID-1')?.overridden).toBe(true)
    })

    it('finds what a phrase list missed: an English death announcement, an age between the words, a birth named by a person', async () => {
      for (const [text, quote] of [
        ['Our longtime volunteer Bill died peacefully last weekend.', 'died'],
        ['Joyeux 40e anniversaire à notre directrice Manon ! 🎉', 'Joyeux 40e anniversaire'],
        ['Félicitations à Karine pour la naissance de sa fille Léa !', 'naissance'],
      ]) {
        const post = await draftPost(payload, team.redaction, { channels: [{ channel: 'facebook', text }] })
        const warning = post.compliance?.find((row) => row.rule === 'FORBID-1')
        expect(warning).toMatchObject({ level: 'warn', path: 'channels.0.text' })
        expect(warning?.messageFr).toContain(`« ${quote} »`)
      }
    })

    it('does not flag a topic that shares the words: births in general, the holidays', async () => {
      for (const text of [
        'Ateliers pour les familles d’enfants de la naissance à 5 ans, tous les mardis.',
        'Joyeuses fêtes à toutes nos familles ! Nos bureaux rouvrent le 6 janvier.',
        'Le deuil chez l’enfant : un atelier pour les parents, jeudi à 19 h.',
      ]) {
        const post = await draftPost(payload, team.redaction, { channels: [{ channel: 'facebook', text }] })
        expect(post.compliance?.map((row) => row.rule)).not.toContain('FORBID-1')
      }
    })

    it('does not flag « Bonne Fête nationale »', async () => {
      const post = await draftPost(payload, team.redaction, {
        channels: [{ channel: 'facebook', text: 'Bonne Fête nationale à toutes et à tous ! Nos bureaux seront fermés le 24 juin.' }],
      })
      expect(post.compliance?.map((row) => row.rule)).not.toContain('FORBID-1')
    })
  })

  describe('FORBID-2 (block)', () => {
    it('refuses a post that offers individual help through private messages, even as a draft', async () => {
      const before = (await payload.count({ collection: 'posts' })).totalDocs
      const refused = await refusal(
        draftPost(payload, team.redaction, {
          channels: [{ channel: 'facebook', text: 'Écrivez-nous en message privé pour être accompagnée dans vos démarches.' }],
        }),
      )
      expect(refused.errors).toEqual([{ path: 'channels.0.text', message: expect.stringContaining('FORBID-2') }])
      expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(before)
    })

    it('refuses an offer spread over two sentences, and accepts a private message for tickets', async () => {
      const refused = await refusal(
        draftPost(payload, team.redaction, {
          channels: [{ channel: 'instagram', text: 'Tough day? DM us. We’re here to listen. 💬' }],
        }),
      )
      expect(refused.errors).toEqual([{ path: 'channels.0.text', message: expect.stringContaining('FORBID-2') }])
      const tickets = await draftPost(payload, team.redaction, {
        channels: [{ channel: 'facebook', text: 'Écrivez-nous en privé pour réserver vos billets du souper-bénéfice !' }],
      })
      expect(tickets.compliance?.map((row) => row.rule)).not.toContain('FORBID-2')
    })

    it('accepts a post that redirects to the phone, 811 or 911', async () => {
      const post = await draftPost(payload, team.redaction, {
        channels: [
          { channel: 'facebook', text: "Besoin d'aide ? Appelez-nous au 514 555-0123, composez le 811 ou, en cas d'urgence, le 911." },
        ],
      })
      expect(post.compliance?.map((row) => row.rule)).not.toContain('FORBID-2')
    })
  })

  describe('CHAN-1 (block)', () => {
    it('counts X the way X does: a long link is 23 characters', async () => {
      const link = `https://www.example.org/${'tres-long-chemin/'.repeat(20)}`
      const text = `${'a'.repeat(250)} ${link}`
      expect(text.length).toBeGreaterThan(280)
      const post = await draftPost(payload, team.redaction, { channels: [{ channel: 'x', text }] })
      expect(post.id).toBeTruthy()
    })

    it('refuses 281 weighted characters on X, with the count and the limit', async () => {
      const refused = await refusal(draftPost(payload, team.redaction, { channels: [{ channel: 'x', text: 'é'.repeat(281) }] }))
      expect(refused.errors).toEqual([{ path: 'channels.0.text', message: expect.stringMatching(/CHAN-1.*281.*280/) }])
    })
  })

  describe('FORBID-3 beyond posts', () => {
    it('refuses images and consents from an account that has not accepted the code of conduct', async () => {
      const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#ffffff' } })
        .png()
        .toBuffer()
      const image = await refusal(
        payload.create({
          collection: 'media',
          data: { alt: 'Photo', noIdentifiablePerson: true },
          file: { data: png, mimetype: 'image/png', name: 'refusee.png', size: png.length },
          user: team.newcomer,
          overrideAccess: false,
        }),
      )
      expect(image.errors).toEqual([{ path: 'alt', message: expect.stringContaining('FORBID-3') }])

      const responsableWithout = await createUser(payload, ['responsable'], { codeOfConductAcceptedAt: null })
      const person = await createPerson(payload)
      const consent = await refusal(
        payload.create({
          collection: 'consents',
          data: { person: person.id, relationship: 'parent', signatoryName: 'Parent', scopes: ['facebook'] },
          user: responsableWithout,
          overrideAccess: false,
        }),
      )
      expect(consent.errors[0].message).toContain('code de conduite')
      expect((await payload.count({ collection: 'consents', where: { person: { equals: person.id } } })).totalDocs).toBe(0)
    })
  })

  describe('PRIV-3 (cascade)', () => {
    it('withdrawing a consent unschedules at once the planned posts showing that person, and only those', async () => {
      const child = await createPerson(payload, { birthDate: '2017-02-01T00:00:00.000Z' })
      const consent = await createConsent(payload, child.id)
      const photo = await createImage(payload, { people: [child.id] })
      const landscape = await createImage(payload, { noIdentifiablePerson: true })
      const plan = async (media: number) => {
        const post = await draftPost(payload, team.redaction, { media: [media] })
        await submit(post)
        await approve(post)
        return movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled' })
      }
      const showing = await plan(photo.id)
      const other = await plan(landscape.id)
      const stillDraft = await draftPost(payload, team.redaction, { media: [photo.id] })

      await payload.update({
        collection: 'consents',
        id: consent.id,
        data: { revokedAt: '2026-11-25T14:00:00.000Z', revocationMethod: 'phone' },
        user: team.responsable,
        overrideAccess: false,
      })
      const after = await stored(payload, showing.id)
      expect(after.workflowStatus).toBe('unscheduled')
      expect(after.history?.at(-1)).toMatchObject({ from: 'scheduled', to: 'unscheduled', reason: expect.stringContaining('PRIV-3') })
      expect(after.history?.at(-1)?.reason).not.toContain('Enfant Test')
      // Every signed-in person reads the history: it does not date the consent's revocation.
      expect(after.history?.at(-1)?.reason).not.toMatch(/25 novembre|2026/)
      expect((await stored(payload, other.id)).workflowStatus).toBe('scheduled')
      expect((await stored(payload, stillDraft.id)).workflowStatus).toBe('draft')
    })
  })

  describe('POS-2 (cascade)', () => {
    it('a withdrawn position takes the posts citing it out of the plan, with the reason in their history', async () => {
      const position = await createPosition(payload, 'adopted')
      const post = await draftPost(payload, team.redaction, { category: await categoryId(payload, 'CAT-10'), position: position.id })
      await submit(post)
      await movePost(payload, team.collective, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
      await movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled' })

      await payload.update({
        collection: 'positions',
        id: position.id,
        data: { status: 'withdrawn' },
        user: team.collective,
        overrideAccess: false,
      })
      const after = await stored(payload, post.id)
      expect(after.workflowStatus).toBe('unscheduled')
      expect(after.history?.at(-1)).toMatchObject({ from: 'scheduled', to: 'unscheduled', reason: expect.stringContaining('POS-2') })
    })

    it('only a Collective member adopts a position; who and when are recorded', async () => {
      const position = await createPosition(payload, 'draft')
      const refused = await refusal(
        payload.update({
          collection: 'positions',
          id: position.id,
          data: { status: 'adopted' },
          user: team.responsable,
          overrideAccess: false,
        }),
      )
      expect(refused.errors).toEqual([{ path: 'status', message: expect.stringContaining('POS-1') }])
      const adopted = await payload.update({
        collection: 'positions',
        id: position.id,
        data: { status: 'adopted' },
        user: team.collective,
        overrideAccess: false,
        depth: 0,
      })
      expect(relationId(adopted.adoptedBy)).toBe(team.collective.id)
      expect(adopted.adoptedAt).toBeTruthy()
    })
  })
})
