// No job in the background: the deliveries below are sent by the tests' own runs, at their own moments.
process.env.JOBS_AUTORUN = 'false'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventsEndpoint } from '../../calendar/endpoints/eventsEndpoint'
import { feedEndpoint, feedTokenEndpoints } from '../../calendar/endpoints/feedEndpoints'
import { createMoveEndpoint } from '../../calendar/endpoints/moveEndpoint'
import { createUndoMoveEndpoint } from '../../calendar/endpoints/undoMoveEndpoint'
import type { Post } from '../../dev/payload-types'
import type { Channel } from '../../src/channels'
import { runDelivery } from '../../src/deliveries/runDelivery'
import { publishDuePosts } from '../../src/jobs/publishDuePosts'
import { hasRole } from '../../src/roles'
import { startFakeMastodon, type FakeMastodon } from '../fakes/mastodon'
import { callEndpoint } from '../helpers/endpoints'
import { rest, restLogin } from '../helpers/rest'
import { type Team, type TestUser, draftPost, movePost, setUpTeam, stored } from '../helpers/fixtures'
import { useStoppedClock } from '../helpers/stoppedClock'

// The move endpoints read this clock: the fixed dates below stay in the future whatever day the tests run.
const NOW = new Date('2026-11-20T17:00:00.000Z') // Friday 20 November 2026, 12:00 in Toronto
const moveEndpoint = createMoveEndpoint({ now: () => NOW })
const undoMoveEndpoint = createUndoMoveEndpoint({ now: () => NOW })

describe('calendar endpoints (real users, their own access)', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  describe('GET /api/calendar/events', () => {
    it('refuses anonymous callers with 401', async () => {
      const response = await callEndpoint(payload, eventsEndpoint, { url: '/api/calendar/events?from=2026-12-01&to=2027-01-01' })
      expect(response.status).toBe(401)
    })

    it.each([
      ['from=2026-12-01', 'to'],
      ['from=2027-01-01&to=2026-12-01', 'to'],
      ['from=2026-01-01&to=2027-02-06', 'to'],
      ['from=hier&to=2027-01-01', 'from'],
    ])('answers 400 with the reason for %s', async (query, path) => {
      const response = await callEndpoint(payload, eventsEndpoint, { user: team.redaction, url: `/api/calendar/events?${query}` })
      expect(response.status).toBe(400)
      expect(response.json.errors.map((error: { path: string }) => error.path)).toContain(path)
      expect(response.json.errors[0].message.length).toBeGreaterThan(10)
    })

    it('lists the month in Toronto time, the tray of undated posts, the rhythm and the key dates', async () => {
      const dated = await draftPost(payload, team.redaction, { title: 'Atelier du 15', publishAt: '2026-12-15T15:00:00.000Z' })
      const lateSunday = await draftPost(payload, team.redaction, { title: 'Dimanche soir', publishAt: '2026-12-01T04:30:00.000Z' })
      const undated = await draftPost(payload, team.redaction, { title: 'Sans date', publishAt: null })
      const response = await callEndpoint(payload, eventsEndpoint, {
        user: team.redaction,
        url: '/api/calendar/events?from=2026-11-01&to=2026-12-01',
      })
      expect(response.status).toBe(200)
      expect(response.json.timeZone).toBe('America/Toronto')
      const ids = response.json.events.map((event: { id: number }) => event.id)
      // 2026-12-01T04:30Z is 23:30 on 30 November in Toronto: it belongs to November.
      expect(ids).toContain(lateSunday.id)
      expect(ids).not.toContain(dated.id)
      expect(response.json.events.find((event: { id: number }) => event.id === lateSunday.id)).toMatchObject({
        start: '2026-11-30T23:30:00',
        status: 'draft',
        channels: ['facebook'],
        category: { code: 'CAT-2', color: expect.stringMatching(/^#/) },
      })
      expect(response.json.tray.map((event: { id: number }) => event.id)).toContain(undated.id)
      expect(response.json.keyDates).toEqual([
        { day: '2026-11-20', label: expect.objectContaining({ fr: expect.stringContaining('enfant') }), source: 'CAT-4' },
      ])
      const facebookWeek = response.json.rhythm.weeks
        .find((week: { week: string }) => week.week === '2026-11-30')
        ?.channels.find((row: { channel: string }) => row.channel === 'facebook')
      expect(facebookWeek).toMatchObject({ count: 1, target: 3, belowTarget: true })
    })

    it('filters by channel and status, as asked in the URL', async () => {
      const onX = await draftPost(payload, team.redaction, {
        title: 'Sur X',
        publishAt: '2026-11-18T15:00:00.000Z',
        channels: [{ channel: 'x', text: 'Un court message.' }],
      })
      const response = await callEndpoint(payload, eventsEndpoint, {
        user: team.redaction,
        url: '/api/calendar/events?from=2026-11-01&to=2026-12-01&channel=x&status=draft',
      })
      expect(response.json.events.map((event: { id: number }) => event.id)).toEqual([onX.id])
    })

    describe('where each published post went (issue 15 deliveries, a fake Mastodon)', () => {
      // Drafted, approved and scheduled on the 16th, published by the run of the 17th: fixed moments, whatever today is.
      const DRAFTED = new Date('2026-11-16T14:00:00.000Z')
      const PUBLISH_AT = '2026-11-17T15:00:00.000Z'
      const RUN = new Date('2026-11-17T15:00:30.000Z')
      const NOVEMBER = '/api/calendar/events?from=2026-11-01&to=2026-12-01'
      const { at, tick } = useStoppedClock()
      let mastodon: FakeMastodon
      const published: Record<'both' | 'refused', Post['id']> = { both: 0, refused: 0 }
      beforeAll(async () => {
        mastodon = await startFakeMastodon({ now: () => RUN })
      })
      afterAll(async () => {
        await mastodon?.close()
      })

      type EventDeliveries = { id: Post['id']; status: string; deliveries: Record<string, unknown>[] }
      async function eventsAs(user: TestUser) {
        const response = await callEndpoint(payload, eventsEndpoint, { user, url: NOVEMBER })
        expect(response.status).toBe(200)
        const events = response.json.events as EventDeliveries[]
        return { events, of: (id: Post['id']) => events.find((event) => event.id === id)! }
      }
      const deliveriesOf = async (id: Post['id']) =>
        (await payload.find({ collection: 'deliveries', where: { post: { equals: id } }, depth: 0, overrideAccess: true })).docs

      async function scheduled(title: string, channels: Channel[]): Promise<Post['id']> {
        const text = `${title} : nos ateliers de prévention reprennent dans les écoles.`
        const post = await draftPost(payload, team.redaction, {
          title,
          publishAt: PUBLISH_AT,
          channels: channels.map((channel) => ({ channel, text })),
        })
        tick()
        await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
        tick()
        await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
        tick()
        await movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled' })
        tick()
        return post.id
      }

      it('returns each network’s state to the responsible person: ✓ with its link, by hand, a refusal with its reason code only', async () => {
        at(DRAFTED)
        await payload.create({
          collection: 'channel-accounts',
          data: { name: 'Mastodon de l’organisme', network: 'mastodon', serverUrl: mastodon.url, secret: mastodon.token } as never,
          user: team.responsable,
          overrideAccess: false,
        })
        published.both = await scheduled('Sur Mastodon et X', ['mastodon', 'x'])
        published.refused = await scheduled('Refusée par Mastodon', ['mastodon'])
        const report = await publishDuePosts(payload, RUN)
        expect(report.published).toEqual(expect.arrayContaining([published.both, published.refused]))
        const [both] = (await deliveriesOf(published.both)).filter((row) => row.network === 'mastodon')
        expect((await runDelivery(payload, both.id, RUN)).state).toBe('posted')
        mastodon.failNext(/\/api\/v1\/statuses$/, { status: 422, body: { error: 'Validation failed: Text contains a forbidden word' } })
        const [refused] = await deliveriesOf(published.refused)
        expect(await runDelivery(payload, refused.id, RUN)).toEqual({ state: 'failed', reason: 'rejected' })
        const stored = { both: await deliveriesOf(published.both), refused: (await deliveriesOf(published.refused))[0] }
        const status = [...mastodon.statuses.values()].find((candidate) => candidate.text.startsWith('Sur Mastodon et X'))!

        const { events, of } = await eventsAs(team.responsable)
        expect(of(published.both).deliveries).toEqual([
          { network: 'x', state: 'manual' },
          { network: 'mastodon', state: 'posted', url: status.url },
        ])
        expect(of(published.refused).deliveries).toEqual([{ network: 'mastodon', state: 'failed', reason: 'rejected' }])
        // Nothing else of a delivery leaves the server: no remote ID, no account, no words of the network.
        for (const delivery of [...of(published.both).deliveries, ...of(published.refused).deliveries])
          expect(['network', 'state', 'reason', 'url']).toEqual(expect.arrayContaining(Object.keys(delivery)))
        expect(stored.refused.failureDetail).toBeTruthy()
        expect(JSON.stringify(events)).not.toContain(stored.refused.failureDetail)
        expect(stored.both.find((row) => row.network === 'mastodon')?.remoteId).toBe(status.id)
        expect(JSON.stringify(events).replaceAll(status.url, '')).not.toContain(status.id)
        // Posts that never went out have none.
        for (const event of events.filter((candidate) => candidate.status !== 'published')) expect(event.deliveries).toEqual([])
        // The Collective reads deliveries too (collections/Deliveries.ts): the same marks.
        expect((await eventsAs(team.collective)).of(published.both).deliveries).toEqual(of(published.both).deliveries)
      })

      it('gives a role that may not read deliveries its calendar without them, not an error', async () => {
        expect(published.both).not.toBe(0)
        // No role of Balises lacks it today: read access narrowed as a host's config could narrow it, for this test only.
        const access = payload.collections.deliveries.config.access
        const readAccess = access.read
        try {
          access.read = ({ req }) => hasRole(req.user, 'admin', 'responsable')
          const asWriter = await eventsAs(team.redaction)
          expect(asWriter.of(published.both)).toMatchObject({ status: 'published', deliveries: [] })
          expect(asWriter.of(published.refused).deliveries).toEqual([])
          expect((await eventsAs(team.responsable)).of(published.both).deliveries).toHaveLength(2)
        } finally {
          access.read = readAccess
        }
        expect((await eventsAs(team.redaction)).of(published.both).deliveries).toHaveLength(2)
      })
    })
  })

  describe('POST /api/calendar/move', () => {
    it('dates a tray draft at 10:00 Toronto time (planned, not scheduled)', async () => {
      const post = await draftPost(payload, team.redaction, { publishAt: null })
      const response = await callEndpoint(payload, moveEndpoint, {
        user: team.redaction,
        url: '/api/calendar/move',
        body: { id: post.id, day: '2026-12-09' },
      })
      expect(response.status).toBe(200)
      expect(response.json).toMatchObject({ workflowStatus: 'draft', publishAt: '2026-12-09T15:00:00.000Z' })
    })

    it('keeps the local time when a post moves across the daylight-saving change', async () => {
      const post = await draftPost(payload, team.redaction, { publishAt: '2027-03-12T15:00:00.000Z' }) // Fri 10:00 EST
      const response = await callEndpoint(payload, moveEndpoint, {
        user: team.redaction,
        url: '/api/calendar/move',
        body: { id: post.id, day: '2027-03-15' },
      })
      expect(response.json.publishAt).toBe('2027-03-15T14:00:00.000Z') // Mon 10:00 EDT
    })

    it('schedules an approved post dropped by the responsible person', async () => {
      const post = await draftPost(payload, team.redaction, { publishAt: null })
      await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
      await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
      const response = await callEndpoint(payload, moveEndpoint, {
        user: team.responsable,
        url: '/api/calendar/move',
        body: { id: post.id, day: '2026-12-16' },
      })
      expect(response.status).toBe(200)
      expect(response.json.workflowStatus).toBe('scheduled')
    })

    it('refuses a drop the person may not make, with the reason, and changes nothing', async () => {
      const post = await draftPost(payload, team.redaction, { publishAt: null })
      await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
      await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
      const response = await callEndpoint(payload, moveEndpoint, {
        user: team.redaction,
        url: '/api/calendar/move',
        body: { id: post.id, day: '2026-12-16' },
      })
      expect(response.status).toBe(400)
      expect(response.json.errors[0].message).toContain('n’est pas permis pour vos rôles')
      expect((await stored(payload, post.id)).publishAt ?? null).toBeNull()
    })

    it('refuses a drop that breaks a rule (CAT-6 closing date before the new date), naming the rule', async () => {
      const cat6 = (await payload.find({ collection: 'categories', where: { code: { equals: 'CAT-6' } } })).docs[0].id
      const post = await draftPost(payload, team.redaction, {
        category: cat6,
        publishAt: '2026-12-01T15:00:00.000Z',
        closingDate: '2026-12-05T00:00:00.000Z',
      })
      const response = await callEndpoint(payload, moveEndpoint, {
        user: team.redaction,
        url: '/api/calendar/move',
        body: { id: post.id, day: '2026-12-10' },
      })
      expect(response.status).toBe(400)
      expect(response.json.errors[0]).toMatchObject({ path: 'closingDate', message: expect.stringContaining('CAT-6') })
      expect((await stored(payload, post.id)).publishAt).toBe('2026-12-01T15:00:00.000Z')
    })

    it('refuses a drop on a past day with the reason at the date, and writes nothing', async () => {
      const post = await draftPost(payload, team.redaction, { publishAt: '2026-12-10T15:00:00.000Z' })
      const versionsBefore = (await payload.countVersions({ collection: 'posts', where: { parent: { equals: post.id } } })).totalDocs
      const response = await callEndpoint(payload, moveEndpoint, {
        user: team.redaction,
        url: '/api/calendar/move',
        body: { id: post.id, day: '2026-11-19', time: '15:00' },
      })
      expect(response.status).toBe(400)
      expect(response.json.errors).toEqual([{ path: 'publishAt', message: expect.stringContaining('déjà passé') }])
      // Without a time, the post keeps its own (10:00): still a past day.
      const untimed = await callEndpoint(payload, moveEndpoint, {
        user: team.redaction,
        url: '/api/calendar/move',
        body: { id: post.id, day: '2026-11-19' },
      })
      expect(untimed.status).toBe(400)
      expect((await stored(payload, post.id)).publishAt).toBe('2026-12-10T15:00:00.000Z')
      expect((await payload.countVersions({ collection: 'posts', where: { parent: { equals: post.id } } })).totalDocs).toBe(versionsBefore)
    })

    it('refuses an approved post dropped today at a time already past: nothing is scheduled (or published by the job)', async () => {
      const post = await draftPost(payload, team.redaction, { publishAt: null })
      await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
      await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
      const earlier = await callEndpoint(payload, moveEndpoint, {
        user: team.responsable,
        url: '/api/calendar/move',
        body: { id: post.id, day: '2026-11-20', time: '11:59' },
      })
      expect(earlier.status).toBe(400)
      expect(earlier.json.errors[0].path).toBe('publishAt')
      expect(await stored(payload, post.id)).toMatchObject({ workflowStatus: 'approved', publishAt: null })
      const later = await callEndpoint(payload, moveEndpoint, {
        user: team.responsable,
        url: '/api/calendar/move',
        body: { id: post.id, day: '2026-11-20', time: '16:30' },
      })
      expect(later.status).toBe(200)
      expect(later.json).toMatchObject({ workflowStatus: 'scheduled', publishAt: '2026-11-20T21:30:00.000Z' })
    })

    it('answers the previous date and stage, and « Annuler » puts them back through the same rules', async () => {
      const post = await draftPost(payload, team.redaction, { publishAt: null })
      await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
      await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
      const moved = await callEndpoint(payload, moveEndpoint, {
        user: team.responsable,
        url: '/api/calendar/move',
        body: { id: post.id, day: '2026-12-16', time: '16:28' },
      })
      expect(moved.status).toBe(200)
      expect(moved.json).toMatchObject({
        workflowStatus: 'scheduled',
        publishAt: '2026-12-16T21:28:00.000Z',
        previous: { publishAt: null, workflowStatus: 'approved' },
      })
      const undone = await callEndpoint(payload, undoMoveEndpoint, {
        user: team.responsable,
        url: '/api/calendar/undo',
        body: { id: post.id, ...moved.json.previous },
      })
      expect(undone.status).toBe(200)
      const after = await stored(payload, post.id)
      expect(after).toMatchObject({ workflowStatus: 'approved', publishAt: null })
      expect(after.history?.at(-1)).toMatchObject({ from: 'scheduled', to: 'approved', by: team.responsable.id })
    })

    it('« Annuler » cannot do what the person could not do otherwise, nor put a scheduled post in the past', async () => {
      const post = await draftPost(payload, team.redaction, { publishAt: '2026-12-10T15:00:00.000Z' })
      const asRedaction = await callEndpoint(payload, undoMoveEndpoint, {
        user: team.redaction,
        url: '/api/calendar/undo',
        body: { id: post.id, publishAt: '2026-12-11T15:00:00.000Z', workflowStatus: 'scheduled' },
      })
      expect(asRedaction.status).toBe(400)
      expect(asRedaction.json.errors[0]).toMatchObject({ path: 'workflowStatus', message: expect.stringContaining('Étape refusée') })
      const past = await callEndpoint(payload, undoMoveEndpoint, {
        user: team.responsable,
        url: '/api/calendar/undo',
        body: { id: post.id, publishAt: '2026-11-19T15:00:00.000Z', workflowStatus: 'scheduled' },
      })
      expect(past.status).toBe(400)
      expect(past.json.errors[0].path).toBe('publishAt')
      const published = await callEndpoint(payload, undoMoveEndpoint, {
        user: team.responsable,
        url: '/api/calendar/undo',
        body: { id: post.id, publishAt: null, workflowStatus: 'published' },
      })
      expect(published.status).toBe(400)
      expect(await stored(payload, post.id)).toMatchObject({ workflowStatus: 'draft', publishAt: '2026-12-10T15:00:00.000Z' })
    })

    it('marks which events this person may drag (redaction: not approved posts; Collective: none)', async () => {
      const draft = await draftPost(payload, team.redaction, { title: 'Brouillon daté', publishAt: '2026-12-14T15:00:00.000Z' })
      const approved = await draftPost(payload, team.redaction, { title: 'Approuvée datée', publishAt: '2026-12-15T15:00:00.000Z' })
      await movePost(payload, team.redaction, approved.id, { workflowStatus: 'in_review' })
      await movePost(payload, team.responsable, approved.id, { workflowStatus: 'approved', valuesConfirmed: true })
      const movable = async (user: (typeof team)['redaction']) => {
        const response = await callEndpoint(payload, eventsEndpoint, { user, url: '/api/calendar/events?from=2026-12-14&to=2026-12-16' })
        const events = response.json.events as { id: number; movable: boolean }[]
        return [draft.id, approved.id].map((id) => events.find((event) => event.id === id)?.movable)
      }
      expect(await movable(team.redaction)).toEqual([true, false])
      expect(await movable(team.responsable)).toEqual([true, true])
      expect(await movable(team.collective)).toEqual([false, false])
    })

    it.each([
      [{ id: 1 }, 'day'],
      [{ id: 1, day: '2026-13-01' }, 'day'],
      [{ id: 1, day: '2026-12-01', time: '25:00' }, 'time'],
      ['not json', ''],
    ])('answers 400 to a bad body %j', async (body, path) => {
      const response = await callEndpoint(payload, moveEndpoint, { user: team.redaction, url: '/api/calendar/move', body })
      expect(response.status).toBe(400)
      if (path) expect(response.json.errors.map((error: { path: string }) => error.path)).toContain(path)
    })

    it('refuses anonymous callers with 401', async () => {
      const response = await callEndpoint(payload, moveEndpoint, { url: '/api/calendar/move', body: { id: 1, day: '2026-12-01' } })
      expect(response.status).toBe(401)
    })
  })

  describe('iCal feed', () => {
    it('serves planned and scheduled posts to the token owner, in Toronto time with its VTIMEZONE', async () => {
      await draftPost(payload, team.redaction, {
        title: 'Planifiée pour le flux',
        publishAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      })
      const created = await callEndpoint(payload, feedTokenEndpoints[0], { user: team.redaction, url: '/api/calendar/feed-token' })
      expect(created.status).toBe(200)
      const feedUrl = new URL(created.json.url)
      const feed = await callEndpoint(payload, feedEndpoint, { url: `${feedUrl.pathname}${feedUrl.search}` })
      expect(feed.status).toBe(200)
      expect(feed.headers.get('content-type')).toContain('text/calendar')
      expect(feed.text).toContain('BEGIN:VTIMEZONE')
      expect(feed.text).toContain('TZID:America/Toronto')
      expect(feed.text).toMatch(/DTSTART;TZID=America\/Toronto:\d{8}T\d{6}/)
      expect(feed.text).toContain('Planifiée pour le flux')
      expect(feed.text).toContain('[Brouillon]')
    })

    it('answers 401 with no detail to a missing, wrong or revoked token', async () => {
      const created = await callEndpoint(payload, feedTokenEndpoints[0], { user: team.responsable, url: '/api/calendar/feed-token' })
      const url = new URL(created.json.url)
      for (const query of ['', '?token=', '?token=abc', `?token=${'A'.repeat(32)}`]) {
        const response = await callEndpoint(payload, feedEndpoint, { url: `/api/calendar/feed.ics${query}` })
        expect(response.status).toBe(401)
        expect(response.text).toBe('Unauthorized')
      }
      expect((await callEndpoint(payload, feedEndpoint, { url: `${url.pathname}${url.search}` })).status).toBe(200)
      await callEndpoint(payload, feedTokenEndpoints[1], { user: team.responsable, url: '/api/calendar/feed-token' })
      expect((await callEndpoint(payload, feedEndpoint, { url: `${url.pathname}${url.search}` })).status).toBe(401)
    })

    it('writes the feed address on the request host, believing X-Forwarded-* only with the trustProxy option', async () => {
      const token = await restLogin(payload, team.redaction.email, team.redaction.password)
      const headers = { host: 'balises.example:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }
      // The option as the plugin wrote it into the running config (the host maps TRUST_PROXY to it).
      const custom = (payload.config.custom as { balises: { trustProxy: boolean } }).balises
      const saved = custom.trustProxy
      try {
        custom.trustProxy = false
        const untrusted = await rest(payload, 'POST', '/api/calendar/feed-token', { token, headers })
        expect(new URL(untrusted.json.url).origin).toBe('http://balises.example:3000')
        custom.trustProxy = true
        const trusted = await rest(payload, 'POST', '/api/calendar/feed-token', { token, headers })
        expect(new URL(trusted.json.url).origin).toBe('https://evil.example')
      } finally {
        custom.trustProxy = saved
      }
    })

    it('regenerating the token retires the old address', async () => {
      const first = new URL((await callEndpoint(payload, feedTokenEndpoints[0], { user: team.collective, url: '/x' })).json.url)
      const second = new URL((await callEndpoint(payload, feedTokenEndpoints[0], { user: team.collective, url: '/x' })).json.url)
      expect((await callEndpoint(payload, feedEndpoint, { url: `${first.pathname}${first.search}` })).status).toBe(401)
      expect((await callEndpoint(payload, feedEndpoint, { url: `${second.pathname}${second.search}` })).status).toBe(200)
    })

    it('never shows the token hash through the API', async () => {
      await callEndpoint(payload, feedTokenEndpoints[0], { user: team.admin, url: '/x' })
      const me = await payload.findByID({ collection: 'users', id: team.admin.id, user: team.admin, overrideAccess: false })
      expect(me).not.toHaveProperty('calendarFeedTokenHash')
    })
  })
})
