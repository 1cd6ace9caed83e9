import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import type { ConsentForm } from '../../dev/payload-types'
import { createConsent, createImage, createPerson, setUpTeam, type Team } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'

/** Deleting a person or a consent by hand takes with it what the retention purge would destroy. */
describe('deleting a person or a consent (cascade: consents, signed forms and their files)', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  async function signedForm(): Promise<{ form: ConsentForm; file: string }> {
    const data = await sharp({ create: { width: 6, height: 6, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer()
    const form = await payload.create({
      collection: 'consent-forms',
      data: {},
      file: {
        data,
        mimetype: 'image/png',
        name: `formulaire-suppression-${Date.now()}-${Math.random().toString(36).slice(2)}.png`,
        size: data.length,
      },
    })
    return { form, file: path.resolve(payload.collections['consent-forms'].config.upload.staticDir!, form.filename!) }
  }
  const count = async (collection: 'people' | 'consents' | 'consent-forms', id: number | string) =>
    (await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs

  it('the responsible person deletes a person who has consents: consents, forms, files and mentions go too', async () => {
    const person = await createPerson(payload, { fullName: 'Personne Supprimée' })
    const other = await createPerson(payload, { fullName: 'Personne Gardée' })
    const { form, file } = await signedForm()
    const withForm = await createConsent(payload, person.id, { evidence: form.id })
    const second = await createConsent(payload, person.id, { scopes: ['linkedin'] })
    const kept = await createConsent(payload, other.id)
    const image = await createImage(payload, { people: [person.id, other.id] })
    expect(fs.existsSync(file)).toBe(true)

    await payload.delete({ collection: 'people', id: person.id, user: team.responsable, overrideAccess: false })

    expect(await count('people', person.id)).toBe(0)
    expect(await count('consents', withForm.id)).toBe(0)
    expect(await count('consents', second.id)).toBe(0)
    expect(await count('consent-forms', form.id)).toBe(0)
    expect(fs.existsSync(file)).toBe(false)
    expect(await count('consents', kept.id)).toBe(1)
    expect(await count('people', other.id)).toBe(1)
    const stillShown = await payload.findByID({ collection: 'media', id: image.id, depth: 0 })
    expect(stillShown.people).toEqual([other.id])
    const log = await payload.find({
      collection: 'purge-log',
      where: { targetId: { in: [String(person.id), String(withForm.id), String(second.id), String(form.id)] } },
      limit: 0,
    })
    expect(log.docs.map((entry) => entry.targetCollection).sort()).toEqual(['consent-forms', 'consents', 'consents', 'people'])
    expect(log.docs.find((entry) => entry.targetCollection === 'people')?.summary).toMatch(/supprimée à la main/)
    expect(JSON.stringify(log.docs)).not.toContain('Personne Supprimée')
  })

  it('over REST: 200, and the signed form is no longer downloadable', async () => {
    const person = await createPerson(payload, { fullName: 'Personne Rest' })
    const { form, file } = await signedForm()
    await createConsent(payload, person.id, { evidence: form.id })
    const token = await restLogin(payload, team.responsable.email, team.responsable.password)
    const download = `/api/consent-forms/file/${form.filename}`
    expect((await rest(payload, 'GET', download, { token })).status).toBe(200)
    const answer = await rest(payload, 'DELETE', `/api/people/${person.id}`, { token })
    expect(answer.status).toBe(200)
    expect([403, 404]).toContain((await rest(payload, 'GET', download, { token })).status)
    expect(fs.existsSync(file)).toBe(false)
  })

  it('deleting a consent by hand deletes its signed form and file, unless another consent still uses it', async () => {
    const person = await createPerson(payload)
    const { form, file } = await signedForm()
    const first = await createConsent(payload, person.id, { evidence: form.id })
    const sharing = await createConsent(payload, person.id, { evidence: form.id, scopes: ['x'] })
    await payload.delete({ collection: 'consents', id: first.id, user: team.responsable, overrideAccess: false })
    expect(await count('consent-forms', form.id)).toBe(1)
    expect(fs.existsSync(file)).toBe(true)
    await payload.delete({ collection: 'consents', id: sharing.id, user: team.admin, overrideAccess: false })
    expect(await count('consent-forms', form.id)).toBe(0)
    expect(fs.existsSync(file)).toBe(false)
    expect(await count('people', person.id)).toBe(1)
  })

  it('a role that may not delete people changes nothing', async () => {
    const person = await createPerson(payload)
    const consent = await createConsent(payload, person.id)
    await expect(
      payload.delete({ collection: 'people', id: person.id, user: team.redaction, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await count('people', person.id)).toBe(1)
    expect(await count('consents', consent.id)).toBe(1)
  })
})
