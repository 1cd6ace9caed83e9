import { createLocalReq, ValidationError, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { up } from '../../dev/migrations/20261202_141639_consent_data'
import { demoSignedForm } from '../../dev/seed/signedForm'
import { WITHHELD_PREFIX } from '../../hooks/engine/disclosure'
import { checkCompliance } from '../../src/endpoints/checkCompliance'
import {
  type Team,
  type TestUser,
  createConsent,
  createImage,
  createPerson,
  draftPost,
  movePost,
  refusal,
  setUpTeam,
  stored,
} from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'

const DAY_MS = 24 * 3600_000
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString()
/** A child of 9 today, whatever today is. */
const childBirthDate = () => `${new Date().getUTCFullYear() - 9}-04-12T12:00:00.000Z`
const PDF = demoSignedForm('Isabelle Test', 'Léa Test')

describe('a photo consent recorded in one place (PRIV-1, PRIV-2, PRIV-4)', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const tokens = new Map<string, string>()
  async function tokenOf(user: TestUser): Promise<string> {
    if (!tokens.has(user.email)) tokens.set(user.email, await restLogin(payload, user.email, user.password))
    return tokens.get(user.email)!
  }
  const counts = async () => ({
    people: (await payload.count({ collection: 'people', overrideAccess: true })).totalDocs,
    consents: (await payload.count({ collection: 'consents', overrideAccess: true })).totalDocs,
    forms: (await payload.count({ collection: 'consent-forms', overrideAccess: true })).totalDocs,
  })
  const childBody = (mediaId: number | undefined, overrides: Record<string, unknown> = {}) => ({
    ...(mediaId ? { mediaId } : {}),
    person: { fullName: 'Léa Test', kind: 'child', birthDate: childBirthDate() },
    consent: {
      relationship: 'parent',
      signatoryName: 'Isabelle Test',
      scopes: ['facebook', 'instagram'],
      validFrom: inDays(-1),
      expiresAt: inDays(365),
      ...overrides,
    },
  })
  const multipart = (json: unknown) => {
    const form = new FormData()
    form.append('_payload', JSON.stringify(json))
    form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'formulaire-signe.pdf')
    return form
  }

  describe('POST /api/people/with-consent', () => {
    it('creates the person, the consent with its signed form and the link to the image, as the responsible person', async () => {
      const photo = await createImage(payload, { noIdentifiablePerson: true })
      const answer = await rest(payload, 'POST', '/api/people/with-consent', {
        token: await tokenOf(team.responsable),
        form: multipart(childBody(photo.id)),
      })
      expect(answer.status, answer.text).toBe(201)
      const consent = await payload.findByID({ collection: 'consents', id: answer.json.consent.id, depth: 0, overrideAccess: true })
      expect(consent).toMatchObject({ person: answer.json.person.id, relationship: 'parent', formOnFile: true })
      expect(consent.evidence).toBeTruthy()
      // The retention date defaults to 24 months after the end (no period in the policy).
      const expected = new Date(consent.expiresAt!)
      expected.setUTCMonth(expected.getUTCMonth() + 24)
      expect(consent.retentionUntil?.slice(0, 10)).toBe(expected.toISOString().slice(0, 10))
      const image = await payload.findByID({ collection: 'media', id: photo.id, depth: 0, overrideAccess: true })
      expect(image.people).toEqual([answer.json.person.id])
      expect(image.noIdentifiablePerson).toBe(false)
    })

    it('gives an existing person a new consent and links them to the image', async () => {
      const known = await createPerson(payload, { fullName: 'Déjà Connue', kind: 'volunteer', ageBand: 'adult' })
      const other = await createPerson(payload, { fullName: 'Autre Personne', kind: 'volunteer', ageBand: 'adult' })
      const photo = await createImage(payload, { people: [other.id] })
      const answer = await rest(payload, 'POST', '/api/people/with-consent', {
        token: await tokenOf(team.responsable),
        body: {
          mediaId: photo.id,
          personId: known.id,
          consent: { relationship: 'self', scopes: ['facebook'], evidenceWaiver: 'Formulaire papier conservé au bureau' },
        },
      })
      expect(answer.status, answer.text).toBe(201)
      const consent = await payload.findByID({ collection: 'consents', id: answer.json.consent.id, depth: 0, overrideAccess: true })
      expect(consent).toMatchObject({ person: known.id, formOnFile: true, evidenceWaiverBy: team.responsable.id })
      expect((await payload.findByID({ collection: 'media', id: photo.id, depth: 0, overrideAccess: true })).people).toEqual([
        other.id,
        known.id,
      ])
    })

    it('refuses a child’s own consent (PRIV-2) with the field path, and writes nothing', async () => {
      const photo = await createImage(payload, { noIdentifiablePerson: true })
      const before = await counts()
      const answer = await rest(payload, 'POST', '/api/people/with-consent', {
        token: await tokenOf(team.responsable),
        headers: { 'accept-language': 'fr' },
        form: multipart(childBody(photo.id, { relationship: 'self', signatoryName: '' })),
      })
      expect(answer.status).toBe(400)
      expect(answer.json.errors).toEqual([
        { path: 'consent.relationship', message: expect.stringMatching(/^PRIV-2 : .*parent ou d’un tuteur/) },
      ])
      expect(await counts()).toEqual(before)
      expect((await payload.findByID({ collection: 'media', id: photo.id, depth: 0, overrideAccess: true })).people).toEqual([])
    })

    it('answers a malformed body with the paths of every field at fault, translated', async () => {
      const before = await counts()
      const answer = await rest(payload, 'POST', '/api/people/with-consent', {
        token: await tokenOf(team.responsable),
        headers: { 'accept-language': 'en' },
        body: { person: { kind: 'child' }, consent: { relationship: 'parent', scopes: [] } },
      })
      expect(answer.status).toBe(400)
      expect(answer.json.errors).toEqual(
        expect.arrayContaining([
          { path: 'person.fullName', message: 'This field is required.' },
          { path: 'consent.scopes', message: expect.stringMatching(/^PRIV-1: choose at least one network/) },
        ]),
      )
      expect(await counts()).toEqual(before)
    })

    it('refuses a person of the team who may not handle personal data, and writes nothing', async () => {
      const photo = await createImage(payload, { noIdentifiablePerson: true })
      const before = await counts()
      for (const user of [team.redaction, team.collective]) {
        const answer = await rest(payload, 'POST', '/api/people/with-consent', {
          token: await tokenOf(user),
          form: multipart(childBody(photo.id)),
        })
        expect(answer.status).toBe(403)
        expect(answer.text).not.toContain('Léa')
      }
      expect(await counts()).toEqual(before)
    })

    it('undoes the form, the person and the consent when the last write fails (all or nothing)', async () => {
      const photo = await createImage(payload, { noIdentifiablePerson: true })
      const before = await counts()
      // Fault injection: the image refuses its update, after the three other writes succeeded.
      const hooks = payload.collections.media.config.hooks.beforeChange
      const failing = () => {
        throw new ValidationError({ collection: 'media', errors: [{ path: 'people', message: 'injected failure' }] })
      }
      hooks.push(failing)
      try {
        const answer = await rest(payload, 'POST', '/api/people/with-consent', {
          token: await tokenOf(team.responsable),
          form: multipart(childBody(photo.id)),
        })
        expect(answer.status).toBe(400)
        expect(answer.json.errors).toEqual([{ path: 'mediaId', message: 'injected failure' }])
      } finally {
        hooks.splice(hooks.indexOf(failing), 1)
      }
      expect(await counts()).toEqual(before)
    })
  })

  describe('PRIV-4: a consent without its signed form authorises no post', () => {
    it('gates the approval with what to do, keeps the detail from redaction, and lifts once the responsible person says where the form is', async () => {
      const child = await createPerson(payload, { fullName: 'Zoé Sansformulaire', birthDate: childBirthDate() })
      const consent = await createConsent(payload, child.id, { evidenceWaiver: null, validFrom: inDays(-10), expiresAt: inDays(400) })
      expect(consent.formOnFile).toBe(false)
      const photo = await createImage(payload, { people: [child.id] })
      const post = await draftPost(payload, team.redaction, { media: [photo.id], publishAt: inDays(20) })
      await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })

      const refused = await refusal(movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true }))
      expect(refused.status).toBe(400)
      expect(refused.errors).toContainEqual({
        path: 'media.0',
        message: expect.stringMatching(/^PRIV-1 : .*joindre le formulaire signé ou indiquer où il est conservé/),
      })

      // Redaction sees the coarse finding only: no name, no date, not even that a form is missing.
      const answer = await checkCompliance(await createLocalReq({ user: team.redaction as never }, payload), { id: post.id, data: {} })
      const privacy = JSON.stringify(
        (answer.body as { findings: { rule: string }[] }).findings.filter((finding: { rule: string }) => finding.rule.startsWith('PRIV')),
      )
      expect(privacy).toContain(WITHHELD_PREFIX)
      expect(privacy).not.toMatch(/Zoé|Sansformulaire|formulaire signé|signed form/)

      // Only the responsible person (or an administrator) writes where the form is kept; who and when are the system's.
      const denied = await refusal(
        payload.update({
          collection: 'consents',
          id: consent.id,
          data: { evidenceWaiver: 'au bureau' },
          user: team.redaction,
          overrideAccess: false,
        }),
      )
      expect(denied.status).toBe(403)
      const waived = await payload.update({
        collection: 'consents',
        id: consent.id,
        data: {
          evidenceWaiver: 'Formulaire papier conservé au bureau',
          evidenceWaiverBy: team.admin.id,
          evidenceWaiverAt: '2020-01-01T00:00:00.000Z',
        } as never,
        user: team.responsable,
        overrideAccess: false,
        depth: 0,
      })
      expect(waived).toMatchObject({ formOnFile: true, evidenceWaiverBy: team.responsable.id })
      expect(Date.now() - Date.parse(waived.evidenceWaiverAt!)).toBeLessThan(60_000)

      await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
      expect((await stored(payload, post.id)).workflowStatus).toBe('approved')
    })

    it('fills in the retention date when none is given', async () => {
      const person = await createPerson(payload, { fullName: 'Adulte Test', kind: 'volunteer', ageBand: 'adult' })
      const consent = await payload.create({
        collection: 'consents',
        data: { person: person.id, relationship: 'self', scopes: ['facebook'], expiresAt: '2027-06-15T12:00:00.000Z' },
        user: team.responsable,
        overrideAccess: false,
      })
      expect(consent.retentionUntil).toBe('2029-06-15T12:00:00.000Z')
      expect(consent.formOnFile).toBe(false)
    })
  })

  describe('the data migration for consents kept from before', () => {
    it('gives each a retention date and its form flag, and invents no waiver', async () => {
      const person = await createPerson(payload, { fullName: 'Ancienne Fiche', kind: 'volunteer', ageBand: 'adult' })
      const old = await createConsent(payload, person.id, {
        relationship: 'self',
        evidenceWaiver: null,
        expiresAt: '2027-03-10T12:00:00.000Z',
      })
      const waived = await createConsent(payload, person.id, { relationship: 'self', expiresAt: '2027-03-10T12:00:00.000Z' })
      for (const consent of [old, waived]) {
        await payload.db.updateOne({
          collection: 'consents',
          id: consent.id,
          data: { retentionUntil: null, formOnFile: null },
          returning: false,
        })
      }
      await up({ payload, req: await createLocalReq({}, payload) } as never)
      const after = async (id: number) => payload.findByID({ collection: 'consents', id, depth: 0, overrideAccess: true })
      expect(await after(old.id)).toMatchObject({ retentionUntil: '2029-03-10T12:00:00.000Z', formOnFile: false, evidenceWaiver: null })
      expect(await after(waived.id)).toMatchObject({ retentionUntil: '2029-03-10T12:00:00.000Z', formOnFile: true })
    })
  })
})
