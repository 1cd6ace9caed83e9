import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { publishDuePosts } from '../../src/jobs/publishDuePosts'
import { WITHHELD_PREFIX } from '../../hooks/engine/disclosure'
import { relationId } from '../../hooks/engine/snapshot'
import { sweepExpiredConsents } from '../../src/jobs/sweepExpiredConsents'
import type { Consent, Post } from '../../dev/payload-types'
import { loadToHandle } from '../../src/components/toHandle/loadToHandle'
import {
  type Team,
  type TestUser,
  createConsent,
  createImage,
  createPerson,
  draftPost,
  movePost,
  setUpTeam,
  stored,
} from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'
import { validityEnd } from '../../src/time/validityStart'

describe('consent lifecycle (PRIV-3): withdrawal, expiry, « À traiter », audit trail', () => {
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

  /** A post showing `mediaId`, taken through the workflow to `status` (published by the job when due). */
  async function postAt(
    mediaId: number,
    status: 'approved' | 'scheduled' | 'published',
    publishAt = '2026-12-10T15:00:00.000Z',
  ): Promise<Post> {
    const post = await draftPost(payload, team.redaction, { media: [mediaId], publishAt })
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    if (status === 'approved') return stored(payload, post.id)
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled' })
    if (status === 'scheduled') return stored(payload, post.id)
    const report = await publishDuePosts(payload, new Date(new Date(publishAt).getTime() + 1000))
    expect(report.published).toContain(post.id)
    return stored(payload, post.id)
  }

  async function childWithConsent(data: Partial<Consent> = {}) {
    const child = await createPerson(payload, {
      fullName: `Enfant ${Math.random().toString(36).slice(2, 8)}`,
      birthDate: '2017-02-01T00:00:00.000Z',
    })
    const consent = await createConsent(payload, child.id, data)
    const photo = await createImage(payload, { people: [child.id] })
    return { child, consent, photo }
  }

  const tasksOf = (postId: Post['id']) =>
    payload.find({ collection: 'privacy-tasks', where: { post: { equals: postId } }, depth: 0, overrideAccess: true })

  describe('withdrawal in one action: POST /api/consents/:id/withdraw', () => {
    it('unschedules planned posts, lists published ones for takedown, and answers with the counts', async () => {
      const { consent, photo, child } = await childWithConsent()
      const published = await postAt(photo.id, 'published', '2026-11-20T15:00:00.000Z')
      const scheduled = await postAt(photo.id, 'scheduled')
      const approved = await postAt(photo.id, 'approved')
      const other = await postAt((await createImage(payload, { noIdentifiablePerson: true })).id, 'scheduled')

      const answer = await rest(payload, 'POST', `/api/consents/${consent.id}/withdraw`, {
        token: await tokenOf(team.responsable),
        body: { withdrawnAt: '2026-11-25T14:00:00.000Z', method: 'phone' },
      })
      expect(answer.status).toBe(200)
      expect(answer.json).toMatchObject({ unscheduled: 2, takedowns: 1 })
      expect(answer.json.message).toContain('Consentement retiré. 2 publications déprogrammées, ')

      const after = await payload.findByID({ collection: 'consents', id: consent.id, overrideAccess: true })
      expect(after).toMatchObject({ revokedAt: '2026-11-25T14:00:00.000Z', revocationMethod: 'phone' })
      for (const post of [scheduled, approved]) {
        const now = await stored(payload, post.id)
        expect(now.workflowStatus).toBe('unscheduled')
        expect(now.history?.at(-1)).toMatchObject({ to: 'unscheduled', reason: expect.stringContaining('PRIV-3') })
        const tasks = await tasksOf(post.id)
        expect(tasks.docs).toHaveLength(1)
        expect(tasks.docs[0]).toMatchObject({ kind: 'replan', cause: 'withdrawn' })
        expect(relationId(tasks.docs[0].person)).toBe(child.id)
      }
      expect((await stored(payload, published.id)).workflowStatus).toBe('published')
      const takedown = await tasksOf(published.id)
      expect(takedown.docs).toHaveLength(1)
      expect(takedown.docs[0]).toMatchObject({ kind: 'takedown', cause: 'withdrawn' })
      expect(takedown.docs[0].doneAt).toBeFalsy()
      expect((await stored(payload, other.id)).workflowStatus).toBe('scheduled')
      expect((await tasksOf(other.id)).totalDocs).toBe(0)
    })

    it('refuses, with a translated reason and nothing written, anyone but the responsible person and administrators, and bad requests', async () => {
      const { consent } = await childWithConsent()
      const url = `/api/consents/${consent.id}/withdraw`
      const good = { withdrawnAt: '2026-11-25T14:00:00.000Z', method: 'email' }
      const attempts: [string, Parameters<typeof rest>[3], number, string][] = [
        ['anonymous', { body: good }, 401, 'Connectez-vous'],
        ['redaction', { token: await tokenOf(team.redaction), body: good }, 403, 'PRIV-4'],
        ['collective', { token: await tokenOf(team.collective), body: good }, 403, 'PRIV-4'],
        ['no method', { token: await tokenOf(team.responsable), body: { withdrawnAt: good.withdrawnAt } }, 400, 'courriel, téléphone'],
        ['unknown method', { token: await tokenOf(team.responsable), body: { method: 'pigeon' } }, 400, 'courriel, téléphone'],
        ['not a date', { token: await tokenOf(team.responsable), body: { method: 'email', withdrawnAt: 'hier' } }, 400, 'date ISO'],
        [
          'in the future',
          { token: await tokenOf(team.responsable), body: { method: 'email', withdrawnAt: '2099-01-01T00:00:00Z' } },
          400,
          'futur',
        ],
        ['not JSON', { token: await tokenOf(team.responsable), body: '{"method":' }, 400, 'courriel'],
      ]
      for (const [, options, status, message] of attempts) {
        const answer = await rest(payload, 'POST', url, options)
        expect(answer.status).toBe(status)
        expect(answer.json.errors[0].message).toContain(message)
      }
      const unknown = await rest(payload, 'POST', '/api/consents/999999/withdraw', { token: await tokenOf(team.responsable), body: good })
      expect(unknown.status).toBe(404)
      const untouched = await payload.findByID({ collection: 'consents', id: consent.id, overrideAccess: true })
      expect(untouched.revokedAt).toBeFalsy()
      expect(untouched.updatedAt).toBe(consent.updatedAt)

      const first = await rest(payload, 'POST', url, { token: await tokenOf(team.admin), body: good })
      expect(first.status).toBe(200)
      const again = await rest(payload, 'POST', url, {
        token: await tokenOf(team.admin),
        body: { ...good, withdrawnAt: '2026-11-24T10:00:00Z' },
      })
      expect(again.status).toBe(409)
      expect(again.json.errors[0]).toMatchObject({ path: 'revokedAt', message: expect.stringContaining('déjà retiré') })
      expect((await payload.findByID({ collection: 'consents', id: consent.id, overrideAccess: true })).revokedAt).toBe(good.withdrawnAt)
    })
  })

  describe('« À traiter »: tasks are marked done by the responsible person only', () => {
    it('records when a published post was taken down and by whom; others cannot see or change tasks', async () => {
      const { consent, photo } = await childWithConsent()
      const published = await postAt(photo.id, 'published', '2026-11-21T15:00:00.000Z')
      await payload.update({
        collection: 'consents',
        id: consent.id,
        data: { revokedAt: '2026-11-25T10:00:00.000Z' },
        user: team.responsable,
        overrideAccess: false,
      })
      const [task] = (await tasksOf(published.id)).docs
      expect(task.kind).toBe('takedown')

      const forRedaction = await rest(payload, 'PATCH', `/api/privacy-tasks/${task.id}`, {
        token: await tokenOf(team.redaction),
        body: { doneAt: '2026-11-25T16:00:00.000Z' },
      })
      expect(forRedaction.status).toBe(403)
      expect((await rest(payload, 'GET', `/api/privacy-tasks/${task.id}`, { token: await tokenOf(team.redaction) })).status).toBe(403)

      const done = await rest(payload, 'PATCH', `/api/privacy-tasks/${task.id}`, {
        token: await tokenOf(team.responsable),
        body: { doneAt: '2026-11-25T16:00:00.000Z', kind: 'replan', post: 999, doneBy: team.admin.id },
      })
      expect(done.status).toBe(200)
      const after = await payload.findByID({ collection: 'privacy-tasks', id: task.id, depth: 0, overrideAccess: true })
      expect(after.doneAt).toBe('2026-11-25T16:00:00.000Z')
      expect(relationId(after.doneBy)).toBe(team.responsable.id)
      expect(after.kind).toBe('takedown')
      expect(relationId(after.post)).toBe(published.id)

      const created = await rest(payload, 'POST', '/api/privacy-tasks', {
        token: await tokenOf(team.admin),
        body: { kind: 'replan', cause: 'withdrawn', post: published.id },
      })
      expect(created.status).toBe(403)
      const removed = await rest(payload, 'DELETE', `/api/privacy-tasks/${task.id}`, { token: await tokenOf(team.admin) })
      expect(removed.status).toBe(403)
    })

    it('lists consents expiring within 30 days, not later ones nor withdrawn ones, and only for those who manage consents', async () => {
      // Relative to the real clock: the publication runs of the next tests sweep consents that expire within days of it.
      const now = new Date()
      const inDays = (days: number) => new Date(now.getTime() + days * 24 * 3600_000).toISOString()
      const soon = await createConsent(payload, (await createPerson(payload)).id, { expiresAt: inDays(10) })
      const later = await createConsent(payload, (await createPerson(payload)).id, { expiresAt: inDays(51) })
      const withdrawn = await createConsent(payload, (await createPerson(payload)).id, { expiresAt: inDays(11), revokedAt: inDays(-5) })
      const listed = (await loadToHandle(payload, team.responsable as never, now)).expiring.map((consent) => consent.id)
      expect(listed).toContain(soon.id)
      expect(listed).not.toContain(later.id)
      expect(listed).not.toContain(withdrawn.id)
      await expect(loadToHandle(payload, team.redaction as never, now)).rejects.toMatchObject({ status: 403 })
    })
  })

  describe('expiry and narrowed consents', () => {
    it('a consent that expires takes its undated planned posts out of the plan at the next publication run, once', async () => {
      // Undated posts are checked at "now": the expiry must be ahead of the real clock when they are approved.
      // A calendar day, stored at noon UTC: the day after tomorrow's. It ends at that day's first moment in Québec (over 24 hours ahead).
      const expiry = new Date(`${new Date(Date.now() + 2 * 24 * 3600_000).toISOString().slice(0, 10)}T12:00:00.000Z`)
      const ends = new Date(validityEnd(expiry.toISOString(), 'America/Toronto')!)
      const { consent, photo } = await childWithConsent({
        validFrom: new Date(Date.now() - 24 * 3600_000).toISOString(),
        expiresAt: expiry.toISOString(),
      })
      const undated = await draftPost(payload, team.redaction, { media: [photo.id], publishAt: null })
      await movePost(payload, team.redaction, undated.id, { workflowStatus: 'in_review' })
      await movePost(payload, team.responsable, undated.id, { workflowStatus: 'approved', valuesConfirmed: true })
      const beforeExpiry = await postAt(photo.id, 'scheduled', new Date(ends.getTime() - 3600_000).toISOString())

      const afterExpiry = new Date(ends.getTime() + 30_000)
      const report = await publishDuePosts(payload, afterExpiry)
      expect((await stored(payload, undated.id)).workflowStatus).toBe('unscheduled')
      expect((await stored(payload, undated.id)).history?.at(-1)?.reason).toContain(WITHHELD_PREFIX)
      expect((await tasksOf(undated.id)).docs[0]).toMatchObject({ kind: 'replan', cause: 'expired' })
      // Planned before the expiry: the consent held at its publication instant.
      expect(report.published).toContain(beforeExpiry.id)
      const handled = await payload.findByID({ collection: 'consents', id: consent.id, overrideAccess: true, showHiddenFields: true })
      expect(handled.expiryHandledAt).toBe(afterExpiry.toISOString())
      expect(await sweepExpiredConsents(payload, new Date(afterExpiry.getTime() + 24 * 3600_000))).toEqual({ consents: 0, unscheduled: 0 })
      expect((await tasksOf(undated.id)).totalDocs).toBe(1)
    })

    it('narrowing a consent (earlier expiry, fewer networks) re-checks the planned posts at once', async () => {
      const { consent, photo } = await childWithConsent()
      const december = await postAt(photo.id, 'scheduled', '2026-12-10T15:00:00.000Z')
      const early = await postAt(photo.id, 'scheduled', '2026-11-28T15:00:00.000Z')
      await payload.update({
        collection: 'consents',
        id: consent.id,
        data: { expiresAt: '2026-12-01T00:00:00.000Z' },
        user: team.responsable,
        overrideAccess: false,
      })
      expect((await stored(payload, december.id)).workflowStatus).toBe('unscheduled')
      expect((await stored(payload, early.id)).workflowStatus).toBe('scheduled')
      await payload.update({
        collection: 'consents',
        id: consent.id,
        data: { scopes: ['instagram'] },
        user: team.responsable,
        overrideAccess: false,
      })
      const narrowed = await stored(payload, early.id)
      expect(narrowed.workflowStatus).toBe('unscheduled')
      // The post's history, read by every signed-in person, gives no consent's scopes or dates; « À traiter » does.
      expect(narrowed.history?.at(-1)?.reason).toContain(WITHHELD_PREFIX)
      expect(narrowed.history?.at(-1)?.reason).not.toMatch(/Facebook|novembre|décembre|2026/)
      expect((await tasksOf(early.id)).docs[0]).toMatchObject({
        kind: 'replan',
        cause: 'changed',
        reason: expect.stringContaining('Facebook'),
      })
    })
  })

  describe('audit trail (append-only)', () => {
    const entriesFor = (collection: string, id: number | string) =>
      payload.find({
        collection: 'audit-log',
        where: { and: [{ targetCollection: { equals: collection } }, { targetId: { equals: String(id) } }] },
        sort: 'createdAt',
        depth: 0,
        limit: 0,
        overrideAccess: true,
      })

    it('records who changed a consent, when and which fields, without copying the signatory’s name', async () => {
      const person = await createPerson(payload)
      const consent = await payload.create({
        collection: 'consents',
        data: { person: person.id, relationship: 'parent', signatoryName: 'Ginette Tremblay', scopes: ['facebook'] },
        user: team.responsable,
        overrideAccess: false,
      })
      await payload.update({
        collection: 'consents',
        id: consent.id,
        data: { signatoryName: 'Ginette Roy', scopes: ['facebook', 'instagram'] },
        user: team.admin,
        overrideAccess: false,
      })
      await payload.delete({ collection: 'consents', id: consent.id, user: team.responsable, overrideAccess: false })
      const { docs } = await entriesFor('consents', consent.id)
      expect(docs.map((entry) => entry.operation)).toEqual(['create', 'update', 'delete'])
      expect(docs.map((entry) => relationId(entry.actor))).toEqual([team.responsable.id, team.admin.id, team.responsable.id])
      expect(docs[1].changes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'scopes', from: 'facebook', to: 'facebook, instagram' }),
          expect.objectContaining({ field: 'signatoryName', to: expect.stringContaining('non copiée') }),
        ]),
      )
      expect(JSON.stringify(docs)).not.toMatch(/Ginette|Tremblay|Roy/)
    })

    it('records every post status change and position change, with the actor', async () => {
      const post = await postAt((await createImage(payload, { noIdentifiablePerson: true })).id, 'scheduled')
      const statuses = (await entriesFor('posts', post.id)).docs.map(
        (entry) => entry.changes?.[0] && `${entry.changes[0].from}→${entry.changes[0].to}`,
      )
      expect(statuses).toEqual(['draft→in_review', 'in_review→approved', 'approved→scheduled'])
      const actors = (await entriesFor('posts', post.id)).docs.map((entry) => relationId(entry.actor))
      expect(actors).toEqual([team.redaction.id, team.responsable.id, team.responsable.id])

      const position = await payload.create({
        collection: 'positions',
        data: { title: 'Position à auditer', status: 'draft' },
        user: team.collective,
        overrideAccess: false,
      })
      await payload.update({
        collection: 'positions',
        id: position.id,
        data: { status: 'adopted' },
        user: team.collective,
        overrideAccess: false,
      })
      const positionEntries = (await entriesFor('positions', position.id)).docs
      expect(positionEntries.map((entry) => entry.operation)).toEqual(['create', 'update'])
      expect(positionEntries[1].changes).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'status', from: 'draft', to: 'adopted' })]),
      )
      expect(relationId(positionEntries[1].actor)).toBe(team.collective.id)
    })

    it('nobody can change or remove an entry: not through REST, not through the local API, not even with overrideAccess', async () => {
      const [entry] = (await payload.find({ collection: 'audit-log', limit: 1, depth: 0, overrideAccess: true })).docs
      expect(entry).toBeTruthy()
      const token = await tokenOf(team.admin)
      expect((await rest(payload, 'PATCH', `/api/audit-log/${entry.id}`, { token, body: { summary: 'réécrit' } })).status).toBe(403)
      expect((await rest(payload, 'DELETE', `/api/audit-log/${entry.id}`, { token })).status).toBe(403)
      expect(
        (
          await rest(payload, 'POST', '/api/audit-log', {
            token,
            body: { at: new Date().toISOString(), targetCollection: 'x', targetId: '1', operation: 'create' },
          })
        ).status,
      ).toBe(403)
      await expect(
        payload.update({ collection: 'audit-log', id: entry.id, data: { summary: 'réécrit' }, overrideAccess: true }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
      const still = await payload.findByID({ collection: 'audit-log', id: entry.id, depth: 0, overrideAccess: true })
      expect(still.summary).toBe(entry.summary)
      expect((await rest(payload, 'GET', '/api/audit-log', { token: await tokenOf(team.redaction) })).status).toBe(403)
      expect((await rest(payload, 'GET', '/api/audit-log', { token: await tokenOf(team.responsable) })).status).toBe(200)
    })
  })
})
