import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { up as datesData } from '../../dev/migrations/20261202_141637_dates_data'
import { type Team, categoryId, createConsent, createPerson, draftPost, setUpTeam } from '../helpers/fixtures'

/** Calendar days are stored as the day at noon UTC, whatever instant the browser, an API client or an old row meant. */
describe('date-only fields: the day at noon UTC', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  it('a birth date, a validity and a retention date are stored as their day at noon UTC', async () => {
    const person = await createPerson(payload, { birthDate: '2017-05-12', retentionUntil: '2030-06-30T00:00:00.000Z' })
    expect(person.birthDate).toBe('2017-05-12T12:00:00.000Z')
    expect(person.retentionUntil).toBe('2030-06-30T12:00:00.000Z')
    const consent = await createConsent(payload, person.id, {
      validFrom: '2026-02-01T00:00:00.000Z',
      expiresAt: '2027-08-01T04:00:00.000Z',
    })
    expect(consent.validFrom).toBe('2026-02-01T12:00:00.000Z')
    expect(consent.expiresAt).toBe('2027-08-01T12:00:00.000Z')
  })

  it('an offer’s closing date (CAT-6) is a day: closing on the day of publication, in the evening, is allowed', async () => {
    const cat6 = await categoryId(payload, 'CAT-6')
    // 20 h in Toronto on 10 Dec is 01:00 UTC on the 11th: the offer still closes « that day ».
    const post = await draftPost(payload, team.redaction, {
      category: cat6,
      closingDate: '2026-12-10',
      publishAt: '2026-12-11T01:00:00.000Z',
    })
    expect(post.closingDate).toBe('2026-12-10T12:00:00.000Z')
  })

  it('the data migration turns old instants into the day they showed in the organisation’s zone', async () => {
    const person = await createPerson(payload)
    // An old row: Toronto's midnight of 12 May (what a typed 2017-05-12 became), written under the hooks.
    await payload.db.updateOne({ collection: 'people', id: person.id, data: { birthDate: '2017-05-12T04:00:00.000Z' } })
    const consent = await createConsent(payload, person.id)
    await payload.db.updateOne({ collection: 'consents', id: consent.id, data: { expiresAt: '2028-01-01T03:30:00.000Z' } })
    const post = await draftPost(payload, team.redaction)
    await payload.db.updateOne({ collection: 'posts', id: post.id, data: { closingDate: '2026-12-15T04:59:00.000Z' } })
    // Its latest version too (what the admin and `draft: true` read).
    const [version] = (await payload.db.findVersions({ collection: 'posts', where: { parent: { equals: post.id } }, limit: 1 })).docs
    await payload.db.updateVersion({
      collection: 'posts',
      id: version.id,
      versionData: { 'version.closingDate': '2026-12-15T04:59:00.000Z' } as never,
      returning: false,
    })

    await datesData({ payload, req: { payload } as never } as never)

    const read = (collection: 'people' | 'consents' | 'posts', id: number) =>
      payload.findByID({ collection, id, overrideAccess: true }) as unknown as Promise<Record<string, unknown>>
    expect((await read('people', person.id as number)).birthDate).toBe('2017-05-12T12:00:00.000Z')
    // 03:30 UTC on 1 January is still 31 December in Toronto.
    expect((await read('consents', consent.id as number)).expiresAt).toBe('2027-12-31T12:00:00.000Z')
    expect((await read('posts', post.id as number)).closingDate).toBe('2026-12-14T12:00:00.000Z')
    // The version is rewritten in that one field: the rest of it as it was.
    const latest = await payload.findByID({ collection: 'posts', id: post.id, draft: true, depth: 0 })
    expect(latest.closingDate).toBe('2026-12-14T12:00:00.000Z')
    expect(latest.title).toBe(post.title)
    expect(latest.channels).toHaveLength(1)
    // Days already at noon are left as they are.
    await datesData({ payload, req: { payload } as never } as never)
    expect((await read('people', person.id as number)).birthDate).toBe('2017-05-12T12:00:00.000Z')
  })
})
