import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { publishDuePosts } from '../../src/jobs/publishDuePosts'
import type { Notification, Post } from '../../dev/payload-types'
import { notifyExpiringConsents } from '../../src/notifications/consentNotices'
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
  setUpTeam,
  stored,
} from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'

type Refusal = { status?: number }

describe('notifications (real users of each role, overrideAccess: false)', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  /** What `user` reads of their own notifications about `postId` (or all), newest first. */
  async function inbox(user: TestUser, where: Record<string, unknown> = {}): Promise<Notification[]> {
    const found = await payload.find({
      collection: 'notifications',
      where: where as never,
      sort: '-createdAt',
      limit: 100,
      depth: 0,
      user,
      overrideAccess: false,
    })
    return found.docs
  }
  const about = (user: TestUser, post: Post, kind?: string) =>
    inbox(user, { and: [{ post: { equals: post.id } }, ...(kind ? [{ kind: { equals: kind } }] : [])] })

  async function submitted(data: Partial<Post> = {}, author: TestUser = team.redaction): Promise<Post> {
    const post = await draftPost(payload, author, data)
    await movePost(payload, author, post.id, { workflowStatus: 'in_review' })
    return post
  }
  /** Approved (by a Collective member for a CAT-10 post, POS-1) then scheduled by the responsible person. */
  async function scheduled(publishAt: string, data: Partial<Post> = {}, approver = team.responsable): Promise<Post> {
    const post = await submitted({ publishAt, ...data })
    await movePost(payload, approver, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled' })
    return post
  }

  describe('every stage change of a post tells those it concerns', () => {
    it('submitted → the responsible person, not the author, nor the Collective for a non-CAT-10 post', async () => {
      const post = await submitted({ title: 'Soumise pour révision' })
      const [notice] = await about(team.responsable, post, 'submitted')
      expect(notice.messageFr).toBe(`${team.redaction.name} a soumis « Soumise pour révision » pour révision.`)
      expect(notice.messageEn).toBe(`${team.redaction.name} submitted “Soumise pour révision” for review.`)
      expect(notice.link).toBe(`/collections/posts/${post.id}`)
      expect(notice.readAt ?? null).toBeNull()
      expect(await about(team.redaction, post)).toHaveLength(0)
      expect(await about(team.collective, post)).toHaveLength(0)
    })

    it('a CAT-10 post submitted also tells the Collective members (they approve it, POS-1)', async () => {
      const position = await createPosition(payload)
      const post = await submitted({ title: 'Position du collectif', category: await categoryId(payload, 'CAT-10'), position: position.id })
      expect(await about(team.collective, post, 'submitted')).toHaveLength(1)
      expect(await about(team.responsable, post, 'submitted')).toHaveLength(1)
    })

    it('sent back → the author, with the reason; withdrawn by the author → nobody', async () => {
      const post = await submitted({ title: 'À revoir' })
      await movePost(payload, team.responsable, post.id, { workflowStatus: 'draft', statusReason: 'Ajoutez la source du chiffre' })
      const [notice] = await about(team.redaction, post, 'sentBack')
      expect(notice.messageFr).toBe(`${team.responsable.name} a renvoyé « À revoir » en rédaction. Motif : Ajoutez la source du chiffre`)

      const withdrawn = await submitted({ title: 'Reprise par son autrice' })
      await movePost(payload, team.redaction, withdrawn.id, { workflowStatus: 'draft' })
      expect(await about(team.redaction, withdrawn, 'sentBack')).toHaveLength(0)
    })

    it('approved, scheduled (24 h time, the year shown) and published by the job → the author', async () => {
      const post = await scheduled('2026-12-15T21:28:00.000Z', { title: 'Atelier de décembre' })
      expect((await about(team.redaction, post, 'approved'))[0].messageFr).toBe(
        `« Atelier de décembre » a été approuvée par ${team.responsable.name}.`,
      )
      const [plan] = await about(team.redaction, post, 'scheduled')
      expect(plan.messageFr).toBe('« Atelier de décembre » est programmée pour le 15 déc. 2026, 16 h 28.')
      expect(plan.messageEn).toBe('“Atelier de décembre” is scheduled for Dec 15, 2026, 4:28 PM.')
      // The responsible person made those moves: not told about them.
      expect(await about(team.responsable, post)).toEqual([expect.objectContaining({ kind: 'submitted' })])

      const report = await publishDuePosts(payload, new Date('2026-12-15T21:28:05.000Z'))
      expect(report.published).toContain(post.id)
      expect((await about(team.redaction, post, 'published'))[0].messageFr).toBe('« Atelier de décembre » a été publiée.')
    })

    it('refused at publication → the responsible person and the author, without the person or the consent', async () => {
      const child = await createPerson(payload, { fullName: 'Zoé Confidentielle', birthDate: '2016-05-01T00:00:00.000Z' })
      const consent = await createConsent(payload, child.id)
      const photo = await createImage(payload, { people: [child.id] })
      const post = await scheduled('2026-12-16T15:00:00.000Z', { title: 'Sortie au parc', media: [photo.id] })
      // Behind the app's back (no hook, no cascade): only the publication run finds out.
      await payload.db.updateOne({ collection: 'consents', id: consent.id, data: { scopes: ['instagram'] }, returning: false })
      const report = await publishDuePosts(payload, new Date('2026-12-16T15:00:05.000Z'))
      expect(report.unscheduled.map((entry) => entry.id)).toContain(post.id)
      for (const user of [team.responsable, team.redaction]) {
        const [notice] = await about(user, post, 'publishRefused')
        expect(notice.messageFr).toMatch(/^« Sortie au parc » n’a pas été publiée/)
        expect(`${notice.messageFr} ${notice.messageEn}`).not.toMatch(/Zoé|Confidentielle|Facebook|instagram/i)
      }
      expect(await about(team.redaction, post, 'cascadeUnscheduled')).toHaveLength(0)
    })

    it('taken out of the plan by a cascade: PRIV-3 withdrawal (and consentWithdrawn for the responsible person), POS-2', async () => {
      const child = await createPerson(payload, { fullName: 'Jules Secret', birthDate: '2016-05-01T00:00:00.000Z' })
      const consent = await createConsent(payload, child.id)
      const photo = await createImage(payload, { people: [child.id] })
      const post = await scheduled('2026-12-17T15:00:00.000Z', { title: 'Photo de groupe', media: [photo.id] })
      const token = await restLogin(payload, team.responsable.email, team.responsable.password)
      const answer = await rest(payload, 'POST', `/api/consents/${consent.id}/withdraw`, { token, body: { method: 'email' } })
      expect(answer.status).toBe(200)
      expect((await stored(payload, post.id)).workflowStatus).toBe('unscheduled')
      const [forAuthor] = await about(team.redaction, post, 'cascadeUnscheduled')
      expect(forAuthor.messageFr).toContain('« Photo de groupe » a été retirée du calendrier.')
      expect(`${forAuthor.messageFr} ${forAuthor.messageEn}`).not.toMatch(/Jules|Secret|révoqué le|withdrawn on/)
      expect(await about(team.redaction, post, 'publishRefused')).toHaveLength(0)
      expect(await about(team.responsable, post, 'cascadeUnscheduled')).toHaveLength(1)
      const withdrawn = await inbox(team.responsable, { kind: { equals: 'consentWithdrawn' } })
      expect(withdrawn[0].messageFr).toBe(
        'Un consentement à l’image a été retiré (PRIV-3) : 1 publication(s) retirée(s) du calendrier, 0 déjà diffusée(s) à retirer des réseaux. Voyez « À traiter ».',
      )
      expect(withdrawn[0].link).toBe('/a-traiter')
      expect(await inbox(team.redaction, { kind: { equals: 'consentWithdrawn' } })).toHaveLength(0)

      const position = await createPosition(payload)
      const citing = await scheduled(
        '2026-12-18T15:00:00.000Z',
        { title: 'Selon notre position', category: await categoryId(payload, 'CAT-10'), position: position.id },
        team.collective,
      )
      await payload.update({
        collection: 'positions',
        id: position.id,
        data: { status: 'withdrawn' },
        user: team.responsable,
        overrideAccess: false,
      })
      expect((await stored(payload, citing.id)).workflowStatus).toBe('unscheduled')
      expect(await about(team.redaction, citing, 'cascadeUnscheduled')).toHaveLength(1)
    })

    it('a consent expiring within 30 days tells the responsible person once, however many runs', async () => {
      const child = await createPerson(payload, { fullName: 'Expire Bientôt' })
      const now = new Date('2026-12-02T12:00:00.000Z')
      const consent = await createConsent(payload, child.id, { expiresAt: '2026-12-20T05:00:00.000Z' })
      await notifyExpiringConsents(payload, now)
      await notifyExpiringConsents(payload, new Date(now.getTime() + 60_000))
      const notices = (await inbox(team.responsable, { kind: { equals: 'consentExpiring' } })).filter(
        (notice) => notice.link === `/collections/consents/${consent.id}`,
      )
      expect(notices).toHaveLength(1)
      expect(notices[0].messageFr).toMatch(/^Un consentement à l’image expire le 20 déc. 2026/)
      expect(notices[0].messageFr).not.toContain('Expire Bientôt')
      expect(await inbox(team.redaction, { kind: { equals: 'consentExpiring' } })).toHaveLength(0)
    })
  })

  describe('access: one’s own notifications only, written by the system only', () => {
    async function refused(work: Promise<unknown>): Promise<number | null> {
      try {
        await work
        return null
      } catch (error) {
        return (error as Refusal).status ?? -1
      }
    }

    it('nobody creates a notification, not even an administrator', async () => {
      for (const user of [team.redaction, team.responsable, team.collective, team.admin]) {
        const status = await refused(
          payload.create({
            collection: 'notifications',
            data: { recipient: user.id, kind: 'mention', messageFr: 'Faux', messageEn: 'Fake' },
            user,
            overrideAccess: false,
          }),
        )
        expect(status).toBe(403)
      }
    })

    it("nobody reads another person's notifications, administrators included", async () => {
      const post = await submitted({ title: 'Pour la responsable seulement' })
      const [notice] = await about(team.responsable, post)
      for (const user of [team.redaction, team.collective, team.admin]) {
        expect((await inbox(user, { id: { equals: notice.id } })).length).toBe(0)
        expect(await refused(payload.findByID({ collection: 'notifications', id: notice.id, user, overrideAccess: false }))).toBe(404)
        // An update by id that the person's access filters out: refused (Payload answers 403 for an update, 404 for a read).
        expect(
          await refused(
            payload.update({
              collection: 'notifications',
              id: notice.id,
              data: { readAt: new Date().toISOString() },
              user,
              overrideAccess: false,
            }),
          ),
        ).toBe(403)
      }
      expect((await payload.findByID({ collection: 'notifications', id: notice.id, overrideAccess: true })).readAt ?? null).toBeNull()
    })

    it('the recipient marks read (the server’s time), and cannot change recipient, kind, message or post', async () => {
      const post = await submitted({ title: 'À marquer lue' })
      const [notice] = await about(team.responsable, post)
      const updated = await payload.update({
        collection: 'notifications',
        id: notice.id,
        data: {
          readAt: '1999-01-01T00:00:00.000Z',
          recipient: team.redaction.id,
          kind: 'approved',
          messageFr: 'Réécrit',
          messageEn: 'Rewritten',
          post: null,
        } as never,
        user: team.responsable,
        overrideAccess: false,
      })
      expect(new Date(updated.readAt!).getFullYear()).toBeGreaterThan(2000)
      const after = await payload.findByID({ collection: 'notifications', id: notice.id, depth: 0, overrideAccess: true })
      expect(after).toMatchObject({
        recipient: team.responsable.id,
        kind: 'submitted',
        messageFr: notice.messageFr,
        messageEn: notice.messageEn,
        post: post.id,
      })
      expect(
        await refused(payload.delete({ collection: 'notifications', id: notice.id, user: team.responsable, overrideAccess: false })),
      ).toBe(403)
    })

    it('mark all read over REST touches only one’s own', async () => {
      await submitted({ title: 'Une de plus' })
      const redactionPost = await scheduled('2026-12-19T15:00:00.000Z', { title: 'Pour l’autrice' })
      const token = await restLogin(payload, team.responsable.email, team.responsable.password)
      const answer = await rest(payload, 'PATCH', '/api/notifications?where[readAt][exists]=false', {
        token,
        body: { readAt: new Date().toISOString() },
      })
      expect(answer.status).toBe(200)
      expect(await inbox(team.responsable, { readAt: { exists: false } })).toHaveLength(0)
      expect((await about(team.redaction, redactionPost)).every((notice) => !notice.readAt)).toBe(true)
    })
  })

  describe('notification choices on the account', () => {
    it('the admin lets a person edit their own choices (permissions by the id in the address), not another’s', async () => {
      const token = await restLogin(payload, team.redaction.email, team.redaction.password)
      const own = await rest(payload, 'POST', `/api/users/access/${team.redaction.id}`, { token, body: {} })
      expect(own.status, own.text.slice(0, 200)).toBe(200)
      expect(own.json.fields.emailNotificationKinds.update).toBe(true)
      expect(own.json.fields.notificationLanguage.update).toBe(true)
      const changed = await rest(payload, 'PATCH', `/api/users/${team.responsable.id}`, { token, body: { emailNotificationKinds: [] } })
      expect(changed.status).toBe(403)
      const after = await payload.findByID({ collection: 'users', id: team.responsable.id, depth: 0 })
      expect(after.emailNotificationKinds).toEqual([
        'sentBack',
        'publishRefused',
        'cascadeUnscheduled',
        'offerClosed',
        'mention',
        'consentWithdrawn',
        'deliveryFailed',
        'takedownFailed',
      ])
    })
  })
})
