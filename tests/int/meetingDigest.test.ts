import type { Payload, Where } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { atMoment } from '../../hooks/engine/clock'
import { addDays } from '../../src/time/days'
import { dayRangeInstants } from '../../src/time/zonedTime'
import { loadMeetingDigest } from '../../src/digest/loadMeetingDigest'
import { digestMarkdown } from '../../src/digest/markdown'
import type { MeetingDigest } from '../../src/digest/meetingDigest'
import { type Team, categoryId, createConsent, createPerson, setUpTeam } from '../helpers/fixtures'

const DAY = 86_400_000
const ZONE = 'America/Toronto'
const PERSON_NEAR = 'Zoé Expire-Bientôt'
const PERSON_FAR = 'Noé Expire-Plus-Tard'
const SIGNATORY_NEAR = 'Signataire Confidentiel-Un'
const SIGNATORY_FAR = 'Signataire Confidentiel-Deux'
const JUSTIFICATION = 'Marc a demandé que ses collègues le soulignent publiquement.'

describe('meeting digest (GOV-2): loadMeetingDigest on seeded data, as real users', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  // All instants relative to the seeding moment; `now` is taken once everything is written.
  const seededAt = new Date()
  const ago = (days: number, hours = 0) => new Date(seededAt.getTime() - days * DAY - hours * 3_600_000).toISOString()
  const ahead = (days: number, hours = 0) => new Date(seededAt.getTime() + days * DAY + hours * 3_600_000).toISOString()
  const lastMeeting = ago(10)
  let now: Date
  let overrideAt: string
  let asResponsable: MeetingDigest
  let asRedaction: MeetingDigest

  // As the seed creates them: a published post's save happens at its moment (its publishedAt).
  const system = async (title: string, data: Record<string, unknown>) =>
    payload.create({
      collection: 'posts',
      ...(data.workflowStatus === 'published' ? { context: atMoment(new Date(data.publishAt as string)) } : {}),
      data: {
        title,
        category: await categoryId(payload, 'CAT-2'),
        channels: [{ channel: 'facebook', text: 'Nos animatrices offrent des ateliers de prévention dans les écoles.' }],
        valuesConfirmed: true,
        ...data,
      } as never,
    })

  beforeAll(async () => {
    // Meetings: 40 and 10 days ago, and one later than now (not yet held).
    await payload.create({ collection: 'meetings', data: { date: ago(40), title: 'Réunion de l’automne' } })
    await payload.create({ collection: 'meetings', data: { date: lastMeeting, title: 'Réunion du mois' } })
    await payload.create({ collection: 'meetings', data: { date: ahead(0, 3), title: 'Réunion plus tard' } })

    await system('Publiée dans la période', {
      workflowStatus: 'published',
      publishAt: ago(5),
      channels: [
        { channel: 'facebook', text: 'Nos animatrices offrent des ateliers de prévention dans les écoles.' },
        { channel: 'linkedin', text: 'Nos ateliers de prévention dans les écoles.' },
      ],
    })
    await system('Publiée hier', {
      workflowStatus: 'published',
      publishAt: ago(1),
      channels: [{ channel: 'instagram', text: 'Nos ateliers en photos.' }],
    })
    await system('Publiée avant la réunion', { workflowStatus: 'published', publishAt: ago(20) })
    await system('Programmée dans 5 jours', { workflowStatus: 'scheduled', publishAt: ahead(5) })
    await system('Approuvée dans 3 jours', { workflowStatus: 'approved', publishAt: ahead(3) })
    await system('Programmée dans 20 jours', { workflowStatus: 'scheduled', publishAt: ahead(20) })
    await system('Brouillon dans 2 jours', { workflowStatus: 'draft', publishAt: ahead(2) })
    await system('Approuvée sans date', { workflowStatus: 'approved' })

    // A FORBID-1 warning overridden by the responsible person, through the API as that person, on a
    // post dated after every range the digest reads otherwise: only its override brings it in.
    const birthday = await system('Souligner un anniversaire', {
      channels: [{ channel: 'facebook', text: 'Joyeux anniversaire Marc !' }],
      publishAt: ahead(60),
    })
    const overridden = await payload.update({
      collection: 'posts',
      id: birthday.id,
      data: { overrides: [{ rule: 'FORBID-1', justification: JUSTIFICATION }] } as never,
      user: team.responsable,
      overrideAccess: false,
    })
    overrideAt = overridden.overrides?.[0]?.at as string

    for (const [removedAt, reason, description] of [
      [ago(3), 'spam', 'Lien publicitaire répété'],
      [ago(2), 'prejudice', 'Commentaire méprisant envers les familles'],
      [ago(15), 'other', 'Retrait avant la période'],
    ] as const) {
      await payload.create({ collection: 'moderation-log', data: { channel: 'facebook', removedAt, reason, description } })
    }
    for (const receivedAt of [ago(1), ago(4), ago(12)]) {
      await payload.create({ collection: 'help-requests', data: { channel: 'instagram', receivedAt, replyLanguage: 'fr' } })
    }
    for (const [channel, date, followers] of [
      ['facebook', ago(12), 1200],
      ['facebook', ago(2), 1260],
      ['instagram', ago(3), 410],
    ] as const) {
      await payload.create({ collection: 'audience-snapshots', data: { channel, date, followers } })
    }

    const near = await createPerson(payload, { fullName: PERSON_NEAR })
    const far = await createPerson(payload, { fullName: PERSON_FAR })
    await createConsent(payload, near.id, { signatoryName: SIGNATORY_NEAR, scopes: ['facebook'], expiresAt: ahead(10) })
    await createConsent(payload, far.id, { signatoryName: SIGNATORY_FAR, scopes: ['instagram'], expiresAt: ahead(50) })

    now = new Date()
    asResponsable = await loadMeetingDigest(payload, team.responsable, now)
  })

  afterEach(() => {
    vi.restoreAllMocks()
  })

  const between = (field: string, from: string, to: string): Where => ({
    and: [{ [field]: { greater_than_equal: from } }, { [field]: { less_than: to } }],
  })

  it('covers the period since the last meeting before now (10 days ago), not the one still to come', () => {
    expect(asResponsable.period.source).toBe('meeting')
    expect(asResponsable.period.from).toBe(lastMeeting)
    expect(asResponsable.period.to).toBe(now.toISOString())
    expect(asResponsable.period.meeting?.title).toBe('Réunion du mois')
  })

  it('lists the posts published in the period, as the database counts them', async () => {
    const expected = await payload.find({
      collection: 'posts',
      draft: true,
      pagination: false,
      sort: 'publishAt',
      where: { and: [{ workflowStatus: { equals: 'published' } }, between('publishAt', lastMeeting, now.toISOString())] },
    })
    const titles = asResponsable.published.map((post) => post.title)
    console.log(`[digest] published in the period: ${titles.length} (database: ${expected.totalDocs})`)
    expect(titles).toEqual(expected.docs.map((post) => post.title))
    expect(titles).toEqual(['Publiée dans la période', 'Publiée hier'])
    expect(asResponsable.published[0]).toMatchObject({ channels: ['facebook', 'linkedin'], category: { code: 'CAT-2' } })
  })

  it('lists approved and scheduled posts of the next two weeks and counts undated approved ones', async () => {
    const until = new Date(now.getTime() + 14 * DAY).toISOString()
    const expected = await payload.find({
      collection: 'posts',
      draft: true,
      pagination: false,
      sort: 'publishAt',
      where: { and: [{ workflowStatus: { in: ['approved', 'scheduled'] } }, between('publishAt', now.toISOString(), until)] },
    })
    const undated = await payload.count({
      collection: 'posts',
      where: { and: [{ workflowStatus: { equals: 'approved' } }, { publishAt: { exists: false } }] },
    })
    expect(asResponsable.upcoming.posts.map((post) => post.title)).toEqual(expected.docs.map((post) => post.title))
    expect(asResponsable.upcoming.posts.map((post) => post.title)).toEqual(['Approuvée dans 3 jours', 'Programmée dans 5 jours'])
    expect(asResponsable.upcoming.undatedApproved).toBe(undated.totalDocs)
    expect(asResponsable.upcoming.undatedApproved).toBe(1)
  })

  it('counts the rhythm of each week against the policy targets, as the database counts posts per week', async () => {
    const policy = await payload.findGlobal({ slug: 'policy' })
    const targets = new Map((policy.frequency ?? []).map((row) => [row.channel, row.targetPerWeek]))
    expect(asResponsable.rhythm.summary.map((row) => row.channel)).toEqual([...targets.keys()])
    let below = 0
    for (const week of asResponsable.rhythm.weeks) {
      const { start, end } = dayRangeInstants(week.week, addDays(week.week, 6), ZONE)
      for (const cell of week.channels) {
        const count = await payload.count({
          collection: 'posts',
          where: {
            and: [
              between('publishAt', start.toISOString(), end.toISOString()),
              { 'channels.channel': { equals: cell.channel } },
              { workflowStatus: { in: ['draft', 'in_review', 'approved', 'scheduled', 'published'] } },
            ],
          },
        })
        expect({ week: week.week, channel: cell.channel, count: cell.count }).toEqual({
          week: week.week,
          channel: cell.channel,
          count: count.totalDocs,
        })
        expect(cell.belowTarget).toBe(count.totalDocs < (targets.get(cell.channel) ?? 0))
        if (cell.belowTarget) below++
      }
    }
    const summed = asResponsable.rhythm.summary.reduce((total, row) => total + row.weeksBelowTarget, 0)
    console.log(`[digest] rhythm: ${asResponsable.rhythm.weeks.length} weeks, ${summed} channel-weeks under target`)
    expect(summed).toBe(below)
    expect(asResponsable.rhythm.weeks.length).toBeGreaterThanOrEqual(3)
    // LinkedIn's target is one a week: the week of the post published 5 days ago meets it.
    const cells = asResponsable.rhythm.weeks.flatMap((week) => week.channels)
    expect(cells.some((cell) => cell.channel === 'linkedin' && cell.count >= 1 && !cell.belowTarget)).toBe(true)
    expect(cells.some((cell) => cell.belowTarget)).toBe(true)
  })

  it('compares the audience with the last snapshot at the start of the period, and says when there is none', () => {
    expect(asResponsable.audience).toEqual([
      expect.objectContaining({ channel: 'facebook', baseline: expect.objectContaining({ followers: 1200 }), followersChange: 60 }),
      expect.objectContaining({
        channel: 'instagram',
        baseline: null,
        current: expect.objectContaining({ followers: 410 }),
        followersChange: null,
      }),
    ])
  })

  it('counts moderation events and help requests of the period, as the database does', async () => {
    const moderation = await payload.count({ collection: 'moderation-log', where: between('removedAt', lastMeeting, now.toISOString()) })
    const help = await payload.count({ collection: 'help-requests', where: between('receivedAt', lastMeeting, now.toISOString()) })
    console.log(`[digest] moderation: ${asResponsable.moderation.total}, help requests: ${asResponsable.helpRequests.count}`)
    expect(asResponsable.moderation.total).toBe(moderation.totalDocs)
    expect(asResponsable.moderation.total).toBe(2)
    expect(asResponsable.moderation.byReason).toEqual([
      { reason: 'prejudice', count: 1 },
      { reason: 'spam', count: 1 },
    ])
    expect(asResponsable.moderation.events.map((event) => event.description)).not.toContain('Retrait avant la période')
    expect(asResponsable.helpRequests.count).toBe(help.totalDocs)
    expect(asResponsable.helpRequests.count).toBe(2)
  })

  it('lists the warning overridden in the period, and not once `now` is before it', async () => {
    expect(asResponsable.overrides).toEqual([
      expect.objectContaining({ rule: 'FORBID-1', postTitle: 'Souligner un anniversaire', justification: JUSTIFICATION, at: overrideAt }),
    ])
    expect(asResponsable.overrides[0].byId).toBe(team.responsable.id)
    expect(asResponsable.overrides[0].byName).toBe(team.responsable.name)
    const before = await loadMeetingDigest(payload, team.responsable, new Date(new Date(overrideAt).getTime() - 1))
    expect(before.overrides).toEqual([])
  })

  it('shows the responsible person the consents expiring within 30 days, with names', async () => {
    const expected = await payload.count({
      collection: 'consents',
      where: {
        and: [
          { expiresAt: { greater_than: now.toISOString() } },
          { expiresAt: { less_than_equal: new Date(now.getTime() + 30 * DAY).toISOString() } },
        ],
      },
    })
    expect(asResponsable.consents.reserved).toBe(false)
    if (asResponsable.consents.reserved) return
    console.log(`[digest] consents expiring within 30 days: ${asResponsable.consents.items.length} (database: ${expected.totalDocs})`)
    expect(asResponsable.consents.items).toHaveLength(expected.totalDocs)
    expect(asResponsable.consents.items).toEqual([expect.objectContaining({ personName: PERSON_NEAR, scopes: ['facebook'] })])
    expect(digestMarkdown(asResponsable, 'fr')).toContain(PERSON_NEAR)
  })

  it('reserves the consents section for redaction without reading a single consent or name', async () => {
    const find = vi.spyOn(payload, 'find')
    const findByID = vi.spyOn(payload, 'findByID')
    const count = vi.spyOn(payload, 'count')
    asRedaction = await loadMeetingDigest(payload, team.redaction, now)
    const collections = [...find.mock.calls, ...findByID.mock.calls, ...count.mock.calls].map(([options]) => options.collection)
    expect(collections).toContain('posts')
    expect(collections).not.toContain('consents')
    expect(collections).not.toContain('people')
    expect(asRedaction.consents).toEqual({ reserved: true })
    const text = JSON.stringify(asRedaction) + digestMarkdown(asRedaction, 'fr') + digestMarkdown(asRedaction, 'en')
    for (const name of [PERSON_NEAR, PERSON_FAR, SIGNATORY_NEAR, SIGNATORY_FAR]) expect(text).not.toContain(name)
    expect(digestMarkdown(asRedaction, 'fr')).toContain('Section réservée à la personne responsable')
    // Colleagues' names are readable by every role holder (nothing else of their accounts): the override names its author.
    expect(asRedaction.overrides.map(({ byName, byId }) => ({ byName, byId }))).toEqual([
      { byName: team.responsable.name, byId: team.responsable.id },
    ])
    // Everything else is the same digest.
    const strip = (digest: MeetingDigest) => ({
      ...digest,
      consents: null,
      overrides: digest.overrides.map(({ byName: _, ...rest }) => rest),
    })
    expect(strip(asRedaction)).toEqual(strip(asResponsable))
  })

  it('refuses without a signed-in person', async () => {
    await expect(loadMeetingDigest(payload, null, now)).rejects.toMatchObject({ status: 403 })
    await expect(loadMeetingDigest(payload, undefined, now)).rejects.toMatchObject({ status: 403 })
  })
})
