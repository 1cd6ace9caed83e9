import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Consent, ConsentForm, Media, Person, Post, PrivacyTask } from '../../dev/payload-types'
import { personExportEndpoint } from '../../src/endpoints/personExport'
import { translate } from '../../src/translations'
import { callEndpoint } from '../helpers/endpoints'
import { type Team, type TestUser, createConsent, createImage, createPerson, draftPost, setUpTeam } from '../helpers/fixtures'

describe('right of access: GET /api/people/:id/export', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  let person: Person
  let form: ConsentForm
  let consents: Consent[]
  let image: Media
  let post: Post
  let task: PrivacyTask
  let otherConsent: Consent
  let otherImage: Media
  let formFile: string

  beforeAll(async () => {
    person = await createPerson(payload, {
      fullName: 'Léon Accès',
      birthDate: '2015-03-02T12:00:00.000Z',
      retentionUntil: '2030-06-30T12:00:00.000Z',
    })
    const data = await sharp({ create: { width: 6, height: 6, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer()
    form = await payload.create({
      collection: 'consent-forms',
      data: {},
      file: { data, mimetype: 'image/png', name: `formulaire-acces-${Date.now()}.png`, size: data.length },
    })
    formFile = path.resolve(payload.collections['consent-forms'].config.upload.staticDir!, form.filename!)
    consents = [
      await createConsent(payload, person.id, { signatoryName: 'Hélène Accès', evidence: form.id, scopes: ['facebook', 'instagram'] }),
      await createConsent(payload, person.id, {
        signatoryName: 'Hélène Accès',
        scopes: ['linkedin'],
        // Calendar days, stored at noon UTC.
        validFrom: '2026-02-01T12:00:00.000Z',
        expiresAt: '2026-08-01T12:00:00.000Z',
      }),
    ]
    image = await createImage(payload, { people: [person.id] })
    post = await draftPost(payload, team.redaction, {
      title: 'Atelier du printemps',
      media: [image.id],
      publishAt: '2026-12-10T15:00:00.000Z',
    })
    task = await payload.create({
      collection: 'privacy-tasks',
      overrideAccess: true,
      data: {
        kind: 'replan',
        cause: 'withdrawn',
        summary: 'Déprogrammée : « Atelier du printemps »',
        post: post.id,
        consent: consents[0].id,
        person: person.id,
        reason: 'test',
      },
    })
    // Someone else's data, which must not leak into this person's export.
    const other = await createPerson(payload, { fullName: 'Autre Personne' })
    otherConsent = await createConsent(payload, other.id, { signatoryName: 'Autre Parent' })
    otherImage = await createImage(payload, { people: [other.id] })
  })
  afterAll(() => fs.rmSync(formFile, { force: true }))

  const exportAs = (user: TestUser | null, id: string | number = person.id) =>
    callEndpoint(payload, personExportEndpoint, { user, url: `/api/people/${id}/export`, routeParams: { id: String(id) } })

  for (const role of ['responsable', 'admin'] as const) {
    it(`gives the ${role} everything held about the person, as a JSON download`, async () => {
      const answer = await exportAs(team[role])
      expect(answer.status).toBe(200)
      expect(answer.headers.get('content-type')).toContain('application/json')
      expect(answer.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="personne-${person.id}-\\d{4}-\\d{2}-\\d{2}\\.json"$`),
      )
      expect(answer.headers.get('content-disposition')).not.toContain('Léon')
      const record = answer.json
      console.log(
        `${role} export: ${answer.text.length} bytes, ${record.consents.length} consents, ${record.images.length} images, ${record.posts.length} posts, ${record.privacyTasks.length} tasks, ${record.auditLog.length} audit entries`,
      )

      expect(record.person).toMatchObject({
        id: person.id,
        fullName: 'Léon Accès',
        kind: 'child',
        birthDate: person.birthDate,
        retentionUntil: person.retentionUntil,
      })
      expect(record.consents.map((consent: { id: number }) => consent.id).sort()).toEqual(consents.map((consent) => consent.id).sort())
      const withForm = record.consents.find((consent: { id: number }) => consent.id === consents[0].id)
      expect(withForm).toMatchObject({
        signatoryName: 'Hélène Accès',
        scopes: ['facebook', 'instagram'],
        validFrom: consents[0].validFrom,
        expiresAt: consents[0].expiresAt,
      })
      expect(withForm.evidence).toEqual({
        id: form.id,
        filename: form.filename,
        mimeType: 'image/png',
        filesize: form.filesize,
        createdAt: form.createdAt,
      })
      const second = record.consents.find((consent: { id: number }) => consent.id === consents[1].id)
      expect(second).toMatchObject({
        scopes: ['linkedin'],
        // Calendar days, stored at noon UTC.
        validFrom: '2026-02-01T12:00:00.000Z',
        expiresAt: '2026-08-01T12:00:00.000Z',
        evidence: null,
      })
      // The form is described, not shipped: no file URL, no content.
      expect(answer.text).not.toContain('/api/consent-forms/file')

      expect(record.images).toEqual([
        { id: image.id, filename: image.filename, alt: image.alt, mimeType: 'image/png', createdAt: image.createdAt },
      ])
      expect(record.posts).toEqual([
        { id: post.id, title: 'Atelier du printemps', workflowStatus: 'draft', publishAt: '2026-12-10T15:00:00.000Z', images: [image.id] },
      ])
      expect(record.privacyTasks).toEqual([
        expect.objectContaining({ id: task.id, kind: 'replan', post: post.id, consent: consents[0].id }),
      ])
      // Audit entries exist once consents are audited; when present, they are about this person's
      // consents only, and each consent's creation is there.
      if (record.auditLog.length > 0) {
        const audited = record.auditLog.map(
          (entry: { targetCollection: string; targetId: string }) => `${entry.targetCollection}:${entry.targetId}`,
        )
        expect([...new Set(audited)].sort()).toEqual(consents.map((consent) => `consents:${consent.id}`).sort())
      }

      expect(answer.text).not.toContain('Autre Personne')
      expect(answer.text).not.toContain('Autre Parent')
      expect(record.consents.map((consent: { id: number }) => consent.id)).not.toContain(otherConsent.id)
      expect(record.images.map((entry: { id: number }) => entry.id)).not.toContain(otherImage.id)
    })
  }

  it('refuses the other roles (403) and anonymous visitors (401), with the reason', async () => {
    for (const role of ['redaction', 'collective'] as const) {
      const answer = await exportAs(team[role])
      expect(answer.status).toBe(403)
      expect(answer.json).toEqual({ errors: [{ message: translate('fr', 'personExport:notAllowed') }] })
      expect(answer.text).not.toContain('Léon')
    }
    const anonymous = await exportAs(null)
    expect(anonymous.status).toBe(401)
    expect(anonymous.json).toEqual({ errors: [{ message: translate('fr', 'personExport:notSignedIn') }] })
    expect(anonymous.headers.get('content-disposition')).toBeNull()
  })

  it('answers 404 for a person that does not exist or an ID that cannot be one', async () => {
    for (const id of ['999999', 'abc;DROP', '']) {
      const answer = await exportAs(team.responsable, id)
      expect(answer.status).toBe(404)
      expect(answer.json).toEqual({ errors: [{ message: translate('fr', 'personExport:notFound') }] })
    }
  })
})
