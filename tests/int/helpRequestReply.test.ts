import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { type Team, refusal, setUpTeam } from '../helpers/fixtures'

describe('FORBID-2: a help request records that the redirection reply was sent', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  const as = (user: Team[keyof Team]) => ({ user, overrideAccess: false as const })

  it('dates the reply when the person who notes the request records it as sent, whatever date the request says', async () => {
    const before = Date.now()
    const noted = await payload.create({
      collection: 'help-requests',
      data: { channel: 'instagram', replyLanguage: 'en', replySent: true, replySentAt: '2001-01-01T00:00:00.000Z' } as never,
      ...as(team.redaction),
    })
    expect(noted.replySent).toBe(true)
    const sentAt = Date.parse(noted.replySentAt ?? '')
    expect(sentAt).toBeGreaterThanOrEqual(before - 1000)
    expect(sentAt).toBeLessThanOrEqual(Date.now() + 1000)
    const read = await payload.findByID({ collection: 'help-requests', id: noted.id, ...as(team.redaction) })
    expect(read.replySentAt).toBe(noted.replySentAt)
  })

  it('leaves a request whose reply was not sent undated, and dates it when the reply is recorded later', async () => {
    const noted = await payload.create({
      collection: 'help-requests',
      data: { channel: 'facebook', replySentAt: new Date().toISOString() } as never,
      ...as(team.redaction),
    })
    expect(noted.replySent).toBe(false)
    expect(noted.replySentAt ?? null).toBeNull()

    // Redaction notes requests; only the responsible person and admins change them afterwards.
    const denied = await refusal(
      payload.update({ collection: 'help-requests', id: noted.id, data: { replySent: true }, ...as(team.redaction) }),
    )
    expect(denied.status).toBe(403)

    const sent = await payload.update({ collection: 'help-requests', id: noted.id, data: { replySent: true }, ...as(team.responsable) })
    expect(sent.replySentAt).toBeTruthy()
    // A later save keeps the first date; unticking clears it.
    const again = await payload.update({
      collection: 'help-requests',
      id: noted.id,
      data: { replyLanguage: 'en' },
      ...as(team.responsable),
    })
    expect(again.replySentAt).toBe(sent.replySentAt)
    expect(again.replySent).toBe(true)
    const undone = await payload.update({ collection: 'help-requests', id: noted.id, data: { replySent: false }, ...as(team.responsable) })
    expect(undone.replySentAt ?? null).toBeNull()
  })

  it('counts the sent replies without anything about the person who asked', async () => {
    const sent = await payload.count({ collection: 'help-requests', where: { replySent: { equals: true } }, ...as(team.collective) })
    expect(sent.totalDocs).toBeGreaterThanOrEqual(1)
    const fields = payload.collections['help-requests'].config.flattenedFields.map((field) => field.name)
    expect(fields).toEqual(expect.arrayContaining(['replySent', 'replySentAt']))
    expect(fields.filter((name) => /name|email|phone|message|text|person|handle|account/i.test(name))).toEqual([])
  })
})
