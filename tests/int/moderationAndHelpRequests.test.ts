import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { relationId } from '../../hooks/engine/snapshot'
import { type Team, refusal, setUpTeam } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'

describe('GOV-5 moderation log and FORBID-2 help requests', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  const as = (user: Team[keyof Team]) => ({ user, overrideAccess: false as const })

  describe('moderation log', () => {
    it('records who removed the content — the person saving, whatever the request says', async () => {
      const entry = await payload.create({
        collection: 'moderation-log',
        data: {
          channel: 'facebook',
          reason: 'prejudice',
          description: 'Commentaire méprisant envers les familles monoparentales',
          removedBy: team.admin.id,
        } as never,
        ...as(team.redaction),
      })
      expect(relationId(entry.removedBy)).toBe(team.redaction.id)
      expect(entry.removedAt).toBeTruthy()
      const edited = await payload.update({
        collection: 'moderation-log',
        id: entry.id,
        data: { reason: 'defamatory', removedBy: team.admin.id } as never,
        ...as(team.responsable),
      })
      expect(edited.reason).toBe('defamatory')
      expect(relationId(edited.removedBy)).toBe(team.redaction.id)
    })

    it('refuses a description over 500 characters, an unknown reason, and writers who have not accepted the code of conduct — nothing written', async () => {
      const before = (await payload.count({ collection: 'moderation-log' })).totalDocs
      const long = await refusal(
        payload.create({
          collection: 'moderation-log',
          data: { channel: 'facebook', removedAt: new Date().toISOString(), reason: 'spam', description: 'x'.repeat(501) },
          ...as(team.redaction),
        }),
      )
      expect(long.status).toBe(400)
      expect(long.errors.map((error) => error.path)).toContain('description')
      const reason = await refusal(
        payload.create({
          collection: 'moderation-log',
          data: { channel: 'facebook', removedAt: new Date().toISOString(), reason: 'insulte' as never, description: 'Insulte' },
          ...as(team.redaction),
        }),
      )
      expect(reason.errors.map((error) => error.path)).toContain('reason')
      const newcomer = await refusal(
        payload.create({
          collection: 'moderation-log',
          data: { channel: 'facebook', removedAt: new Date().toISOString(), reason: 'spam', description: 'Pourriel' },
          ...as(team.newcomer),
        }),
      )
      expect(newcomer.errors[0].message).toContain('FORBID-3')
      expect((await payload.count({ collection: 'moderation-log' })).totalDocs).toBe(before)
    })

    it('through REST: a Collective member reads but does not write; redaction cannot edit or delete; anonymous sees nothing', async () => {
      const entry = await payload.create({
        collection: 'moderation-log',
        data: {
          channel: 'instagram',
          removedAt: new Date().toISOString(),
          reason: 'personalInformation',
          description: 'Adresse d’une famille publiée en commentaire',
        },
      })
      const collective = await restLogin(payload, team.collective.email, team.collective.password)
      const redaction = await restLogin(payload, team.redaction.email, team.redaction.password)
      expect((await rest(payload, 'GET', `/api/moderation-log/${entry.id}`, { token: collective })).status).toBe(200)
      expect(
        (
          await rest(payload, 'POST', '/api/moderation-log', {
            token: collective,
            body: { channel: 'x', reason: 'spam', description: 'Lien' },
          })
        ).status,
      ).toBe(403)
      expect(
        (await rest(payload, 'PATCH', `/api/moderation-log/${entry.id}`, { token: redaction, body: { reason: 'other' } })).status,
      ).toBe(403)
      expect((await rest(payload, 'DELETE', `/api/moderation-log/${entry.id}`, { token: redaction })).status).toBe(403)
      expect((await rest(payload, 'GET', '/api/moderation-log')).status).toBe(403)
      expect((await payload.findByID({ collection: 'moderation-log', id: entry.id })).reason).toBe('personalInformation')
    })
  })

  describe('help requests', () => {
    it('counts requests without anything about the person, and records who noted each one', async () => {
      const before = (await payload.count({ collection: 'help-requests' })).totalDocs
      const noted = await payload.create({
        collection: 'help-requests',
        data: { channel: 'facebook', replyLanguage: 'en', recordedBy: team.admin.id } as never,
        ...as(team.redaction),
      })
      expect(relationId(noted.recordedBy)).toBe(team.redaction.id)
      expect(noted.receivedAt).toBeTruthy()
      await payload.create({
        collection: 'help-requests',
        data: { channel: 'instagram', receivedAt: new Date().toISOString() },
        ...as(team.responsable),
      })
      expect((await payload.count({ collection: 'help-requests', ...as(team.collective) })).totalDocs).toBe(before + 2)
      const fields = payload.collections['help-requests'].config.flattenedFields.map((field) => field.name)
      expect(fields.filter((name) => /name|email|phone|message|text/i.test(name))).toEqual([])
      const collective = await refusal(
        payload.create({
          collection: 'help-requests',
          data: { channel: 'facebook', receivedAt: new Date().toISOString() },
          ...as(team.collective),
        }),
      )
      expect(collective.status).toBe(403)
    })
  })
})
