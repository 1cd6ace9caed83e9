// No publication job in the background: the runs below are the tests' own, at their own moments.
process.env.JOBS_AUTORUN = 'false'

import fs from 'node:fs'
import { Writable } from 'node:stream'

import type { Payload } from 'payload'
import { pino, type LoggerOptions } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '../../dev/payload-types'
import { loadToHandle } from '../../src/components/toHandle/loadToHandle'
import { publishDuePosts } from '../../src/jobs/publishDuePosts'
import { runDelivery } from '../../src/deliveries/runDelivery'
import { runTakedown } from '../../src/deliveries/runTakedown'
import { DELIVER_TASK_SLUG, TAKEDOWN_TASK_SLUG } from '../../src/deliveries/taskSlugs'
import { startFakeFacebook, type FakeFacebook } from '../fakes/facebook'
import { startFakeMastodon, type FakeMastodon } from '../fakes/mastodon'
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

const PUBLISH_AT = '2026-12-10T15:00:00.000Z'
const JUST_AFTER = new Date('2026-12-10T15:00:30.000Z')
const minutesAfter = (minutes: number) => new Date(JUST_AFTER.getTime() + minutes * 60_000)

describe('issue 15: deliveries to Mastodon and a Facebook Page (fake servers written from their API docs)', () => {
  let payload: Payload
  let team: Team
  let mastodon: FakeMastodon
  let facebook: FakeFacebook
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  // The networks' clocks follow the moments the runs below are made at (posts are dated by them).
  let networkNow = JUST_AFTER
  const at = (moment: Date) => {
    networkNow = moment
    return moment
  }
  // Every line the server logs during the file, at every level, read by the last test.
  const logLines: string[] = []
  beforeAll(async () => {
    const options = (payload.config.logger as { options?: LoggerOptions } | undefined)?.options ?? {}
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(...chunk.toString().split('\n').filter(Boolean))
        done()
      },
    })
    payload.logger = pino({ ...options, level: 'trace' }, stream)
    mastodon = await startFakeMastodon({ now: () => networkNow })
    facebook = await startFakeFacebook({ now: () => networkNow })
  })
  afterAll(async () => {
    await mastodon?.close()
    await facebook?.close()
  })

  const accounts: Record<string, number | string> = {}
  const tokens = new Map<string, string>()
  async function tokenOf(user: TestUser): Promise<string> {
    if (!tokens.has(user.email)) tokens.set(user.email, await restLogin(payload, user.email, user.password))
    return tokens.get(user.email)!
  }

  async function deliveriesOf(post: Post, user: TestUser = team.redaction) {
    const found = await payload.find({
      collection: 'deliveries',
      where: { post: { equals: post.id } },
      depth: 0,
      user,
      overrideAccess: false,
      sort: 'network',
    })
    return found.docs
  }
  /** The responsible person's « publication failed » notifications about the post. */
  const failureNoticesOf = (post: Post) =>
    payload.find({
      collection: 'notifications',
      where: { and: [{ post: { equals: post.id } }, { kind: { equals: 'deliveryFailed' } }] },
      user: team.responsable,
      overrideAccess: false,
    })

  /** The delivery events of the post's history, as a writer reads them. */
  async function historyEventsOf(post: Post) {
    const read = await payload.findByID({ collection: 'posts', id: post.id, depth: 0, user: team.redaction, overrideAccess: false })
    return (read.history ?? []).filter((row) => row.event).map((row) => [row.event, row.network, row.at])
  }
  const jobsOf = async (task: string) =>
    (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: task } }, depth: 0, limit: 0, overrideAccess: true }))
      .docs

  /** A child's photo with a guardian's consent for Mastodon and Facebook, on a post taken to published by the job. */
  async function publishedPostWithChild(channels: ('mastodon' | 'facebook' | 'instagram')[]) {
    const child = await createPerson(payload, {
      fullName: `Enfant ${Math.random().toString(36).slice(2, 8)}`,
      birthDate: '2017-02-01T00:00:00.000Z',
    })
    const consent = await createConsent(payload, child.id, { scopes: ['mastodon', 'facebook', 'instagram'] })
    const photo = await createImage(payload, { people: [child.id] })
    const text = `Atelier de prévention à l’école ${Math.random().toString(36).slice(2, 8)} : merci aux familles !`
    const post = await draftPost(payload, team.redaction, {
      media: [photo.id],
      publishAt: PUBLISH_AT,
      channels: channels.map((channel) => ({ channel, text })) as never,
    })
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled' })
    const report = await publishDuePosts(payload, JUST_AFTER)
    expect(report.published).toContain(post.id)
    return { post: await stored(payload, post.id), consent, photo, text }
  }

  it('the responsible person connects the accounts; the secret is encrypted at rest and no API answer carries it', async () => {
    for (const [network, serverUrl, identifier, secret] of [
      ['mastodon', mastodon.url, null, mastodon.token],
      ['facebook', facebook.graphUrl, facebook.pageId, facebook.token],
    ] as const) {
      const created = await payload.create({
        collection: 'channel-accounts',
        data: { name: `Compte ${network}`, network, serverUrl, identifier, secret } as never,
        user: team.responsable,
        overrideAccess: false,
      })
      accounts[network] = created.id
      expect(JSON.stringify(created)).not.toContain(secret)
      expect(created).not.toHaveProperty('secretStored')
      const raw = (await payload.db.findOne({ collection: 'channel-accounts', where: { id: { equals: created.id } } })) as Record<
        string,
        unknown
      >
      expect(String(raw.secretStored)).toMatch(/^v1:[0-9a-f]{12}:/)
      expect(String(raw.secretStored)).not.toContain(secret)

      const tested = await rest(payload, 'POST', `/api/channel-accounts/${created.id}/test`, { token: await tokenOf(team.responsable) })
      expect(tested.status).toBe(200)
      expect(tested.json.health).toBe('ok')
      const read = await rest(payload, 'GET', `/api/channel-accounts/${created.id}`, { token: await tokenOf(team.admin) })
      expect(read.json).toMatchObject({ health: 'ok', network })
      expect(read.text).not.toContain(secret)
      expect(read.text).not.toContain('secretStored')
    }
    const list = await rest(payload, 'GET', '/api/channel-accounts?depth=1', { token: await tokenOf(team.responsable) })
    expect(list.json.docs).toHaveLength(2)
    expect(list.text).not.toContain(mastodon.token)
    expect(list.text).not.toContain(facebook.token)
    // Writers and the Collective do not see the accounts at all; nor can they test one.
    for (const user of [team.redaction, team.collective]) {
      const theirs = await rest(payload, 'GET', '/api/channel-accounts', { token: await tokenOf(user) })
      expect(theirs.status).toBe(403)
      const test = await rest(payload, 'POST', `/api/channel-accounts/${accounts.mastodon}/test`, { token: await tokenOf(user) })
      expect(test.status).toBe(403)
    }
  })

  it('a new account without its secret, or with an http address, is refused at the field in French', async () => {
    const answer = await rest(payload, 'POST', '/api/channel-accounts', {
      token: await tokenOf(team.responsable),
      body: { name: 'Sans secret', network: 'mastodon', serverUrl: 'http://mastodon.example' },
    })
    expect(answer.status).toBe(400)
    const paths = (answer.json.errors[0].data?.errors ?? []).map((error: { path: string }) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['serverUrl', 'secret']))
    expect(answer.text).toContain('https://')
  })

  it('publishing queues one delivery per network; the job posts with the image and its alt text; a person publishes Instagram by hand', async () => {
    const { post, photo, text } = await publishedPostWithChild(['mastodon', 'facebook', 'instagram'])
    const rows = await deliveriesOf(post)
    expect(rows.map((row) => [row.network, row.state])).toEqual([
      ['facebook', 'queued'],
      ['instagram', 'manual'],
      ['mastodon', 'queued'],
    ])
    const queuedJobs = (await jobsOf(DELIVER_TASK_SLUG)).filter((job) =>
      rows.some((row) => String(row.id) === String((job.input as { delivery: string }).delivery)),
    )
    expect(queuedJobs).toHaveLength(2)

    for (const row of rows.filter((row) => row.state === 'queued'))
      expect((await runDelivery(payload, row.id, at(JUST_AFTER))).state).toBe('posted')
    const status = [...mastodon.statuses.values()].find((candidate) => candidate.text === text)!
    expect(status).toBeDefined()
    expect(status.mediaIds).toHaveLength(1)
    expect(mastodon.media.get(status.mediaIds[0])?.description).toBe(photo.alt)
    expect(facebook.posts.filter((candidate) => candidate.message === text)).toHaveLength(1)
    const after = await deliveriesOf(post)
    expect(after.find((row) => row.network === 'mastodon')).toMatchObject({ state: 'posted', remoteId: status.id, remoteUrl: status.url })
    expect(after.find((row) => row.network === 'facebook')?.remoteUrl).toMatch(/^https:\/\//)

    const instagram = after.find((row) => row.network === 'instagram')!
    // What a person publishes by hand: the text Instagram would get, the image and its alternative text.
    const content = await rest(payload, 'GET', `/api/deliveries/${instagram.id}/manual`, { token: await tokenOf(team.redaction) })
    expect(content.status).toBe(200)
    expect(content.json).toEqual({
      network: 'instagram',
      text,
      images: [{ filename: photo.filename, url: photo.url, alt: photo.alt }],
    })
    expect((await rest(payload, 'GET', `/api/deliveries/${instagram.id}/manual`, { token: await tokenOf(team.collective) })).status).toBe(
      403,
    )
    expect((await rest(payload, 'GET', `/api/deliveries/${instagram.id}/manual`, {})).status).toBe(401)
    const connected = after.find((row) => row.network === 'mastodon')!
    expect((await rest(payload, 'GET', `/api/deliveries/${connected.id}/manual`, { token: await tokenOf(team.redaction) })).status).toBe(
      400,
    )
    const refused = await rest(payload, 'POST', `/api/deliveries/${instagram.id}/mark-posted`, {
      token: await tokenOf(team.redaction),
      body: { url: 'instagram.com/p/abc' },
    })
    expect(refused.status).toBe(400)
    expect(refused.json.errors[0]).toMatchObject({ path: 'url' })
    const marked = await rest(payload, 'POST', `/api/deliveries/${instagram.id}/mark-posted`, {
      token: await tokenOf(team.redaction),
      body: { url: 'https://www.instagram.com/p/abc123/' },
    })
    expect(marked.status).toBe(200)
    expect((await deliveriesOf(post)).find((row) => row.network === 'instagram')).toMatchObject({
      state: 'posted',
      remoteUrl: 'https://www.instagram.com/p/abc123/',
    })
    // The history says where it went, after its stage changes (which stay the last move).
    const events = await historyEventsOf(post)
    expect(events.slice(0, 2).sort()).toEqual([
      ['delivered', 'facebook', JUST_AFTER.toISOString()],
      ['delivered', 'mastodon', JUST_AFTER.toISOString()],
    ])
    expect(events[2]).toEqual(['delivered', 'instagram', expect.any(String)])
    const stored = await payload.findByID({ collection: 'posts', id: post.id, depth: 0, overrideAccess: true })
    expect(stored.history?.filter((row) => row.to).at(-1)).toMatchObject({ from: 'scheduled', to: 'published' })
    expect(stored.workflowStatus).toBe('published')
  })

  it('a timeout after the network made the post: the next attempt reads the network and does not post twice', async () => {
    mastodon.dropNext(/\/api\/v1\/statuses$/)
    facebook.dropNext(/\/feed$/)
    const { post, text } = await publishedPostWithChild(['mastodon', 'facebook'])
    const rows = await deliveriesOf(post)
    for (const row of rows) expect((await runDelivery(payload, row.id, at(JUST_AFTER))).state).toBe('unknown')
    expect(
      (await jobsOf(DELIVER_TASK_SLUG)).filter((job) => job.waitUntil && new Date(job.waitUntil) > JUST_AFTER).length,
    ).toBeGreaterThanOrEqual(2)
    for (const row of rows) expect((await runDelivery(payload, row.id, at(minutesAfter(1)))).state).toBe('posted')
    expect([...mastodon.statuses.values()].filter((status) => status.text === text)).toHaveLength(1)
    expect(facebook.posts.filter((candidate) => candidate.message === text)).toHaveLength(1)
  })

  it('a delivery cut off while sending is recovered by the next publication run, read on the network, not posted twice', async () => {
    mastodon.dropNext(/\/api\/v1\/statuses$/)
    const { post, text } = await publishedPostWithChild(['mastodon'])
    const [row] = await deliveriesOf(post)
    expect((await runDelivery(payload, row.id, at(JUST_AFTER))).state).toBe('unknown')
    // As if the process had stopped after the call, before recording its outcome.
    await payload.update({ collection: 'deliveries', id: row.id, data: { state: 'sending' }, overrideAccess: true })
    const jobsBefore = (await jobsOf(DELIVER_TASK_SLUG)).length
    await publishDuePosts(payload, minutesAfter(5))
    expect((await deliveriesOf(post))[0].state).toBe('sending')
    await publishDuePosts(payload, minutesAfter(11))
    expect((await deliveriesOf(post))[0]).toMatchObject({ state: 'unknown', failureReason: 'temporary' })
    expect((await jobsOf(DELIVER_TASK_SLUG)).length).toBe(jobsBefore + 1)
    expect((await runDelivery(payload, row.id, at(minutesAfter(12)))).state).toBe('posted')
    expect([...mastodon.statuses.values()].filter((status) => status.text === text)).toHaveLength(1)
  })

  it('a 502 is temporary: retried later with backoff, the account stays connected', async () => {
    mastodon.failNext(/\/api\/v1\/statuses$/, { status: 502, body: { error: 'Bad gateway' } })
    const { post, text } = await publishedPostWithChild(['mastodon'])
    const [row] = await deliveriesOf(post)
    expect(await runDelivery(payload, row.id, at(JUST_AFTER))).toEqual({ state: 'failed', reason: 'temporary' })
    const failed = (await deliveriesOf(post))[0]
    expect(failed).toMatchObject({ state: 'failed', failureReason: 'temporary', attempts: 1 })
    expect(new Date(failed.nextAttemptAt!).getTime()).toBe(minutesAfter(1).getTime())
    const account = await payload.findByID({ collection: 'channel-accounts', id: accounts.mastodon, overrideAccess: true })
    expect(account.health).toBe('ok')
    expect((await runDelivery(payload, row.id, at(minutesAfter(1)))).state).toBe('posted')
    expect([...mastodon.statuses.values()].filter((status) => status.text === text)).toHaveLength(1)
  })

  it('a network that keeps calling the post a duplicate while none can be found: asked 6 times, then a person decides', async () => {
    for (let attempt = 0; attempt < 6; attempt++) facebook.failNextWithCode(/\/feed$/, 506)
    const { post, text } = await publishedPostWithChild(['facebook'])
    const [row] = await deliveriesOf(post)
    const runs: unknown[] = []
    for (let attempt = 0; attempt < 6; attempt++) runs.push(await runDelivery(payload, row.id, at(minutesAfter(attempt * 400))))
    expect(runs.slice(0, 5)).toEqual(Array(5).fill({ state: 'unknown', reason: 'temporary' }))
    expect(runs[5]).toEqual({ state: 'unknown', reason: 'uncertain' })
    expect((await deliveriesOf(post))[0]).toMatchObject({ state: 'unknown', failureReason: 'uncertain', attempts: 6, nextAttemptAt: null })
    const notices = await failureNoticesOf(post)
    expect(notices.docs).toHaveLength(1)
    expect(notices.docs[0].messageFr).toContain('vérifiez sur le réseau')
    expect(facebook.posts.filter((candidate) => candidate.message === text)).toHaveLength(0)

    // « Réessayer »: the network is read first, then the post goes out once.
    const retried = await rest(payload, 'POST', `/api/deliveries/${row.id}/retry`, { token: await tokenOf(team.responsable) })
    expect(retried.status).toBe(200)
    expect((await deliveriesOf(post))[0]).toMatchObject({ state: 'unknown', attempts: 0 })
    expect((await runDelivery(payload, row.id, at(minutesAfter(2400)))).state).toBe('posted')
    expect(facebook.posts.filter((candidate) => candidate.message === text)).toHaveLength(1)
  })

  it('withdrawing the consent removes the post from both networks, throttled or not, and leaves a task only for Instagram', async () => {
    const { post, consent, text } = await publishedPostWithChild(['mastodon', 'facebook', 'instagram'])
    for (const row of (await deliveriesOf(post)).filter((row) => row.state === 'queued')) await runDelivery(payload, row.id, at(JUST_AFTER))
    const remoteIds = Object.fromEntries((await deliveriesOf(post)).map((row) => [row.network, row.remoteId]))

    const answer = await rest(payload, 'POST', `/api/consents/${consent.id}/withdraw`, {
      token: await tokenOf(team.responsable),
      // Withdrawn a minute ago (a withdrawal is never dated in the future).
      body: { withdrawnAt: new Date(Date.now() - 60_000).toISOString(), method: 'phone' },
    })
    expect(answer.status).toBe(200)
    const removing = await deliveriesOf(post)
    expect(removing.map((row) => [row.network, row.state])).toEqual([
      ['facebook', 'removing'],
      ['instagram', 'cancelled'],
      ['mastodon', 'removing'],
    ])
    expect((await jobsOf(TAKEDOWN_TASK_SLUG)).length).toBeGreaterThanOrEqual(2)
    const tasks = await payload.find({ collection: 'privacy-tasks', where: { post: { equals: post.id } }, depth: 0, overrideAccess: true })
    expect(tasks.docs.map((task) => task.kind)).toEqual(['takedown'])

    // Mastodon's deletion limit (30 per 30 minutes) answers 429: the takedown waits for the reset, then finishes.
    const reset = minutesAfter(30)
    mastodon.failNext(/\/api\/v1\/statuses\/[^/]+$/, {
      status: 429,
      headers: { 'X-RateLimit-Limit': '30', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset.toISOString() },
      body: { error: 'Too many requests' },
    })
    const mastodonRow = removing.find((row) => row.network === 'mastodon')!
    expect((await runTakedown(payload, mastodonRow.id, at(minutesAfter(6)))).state).toBe('removing')
    const waiting = (await deliveriesOf(post)).find((row) => row.network === 'mastodon')!
    expect(waiting).toMatchObject({ state: 'removing', failureReason: 'rateLimited' })
    expect(new Date(waiting.nextAttemptAt!).toISOString()).toBe(reset.toISOString())
    expect(mastodon.statuses.has(remoteIds.mastodon!)).toBe(true)
    expect((await runTakedown(payload, mastodonRow.id, at(reset))).state).toBe('removed')
    expect(mastodon.statuses.has(remoteIds.mastodon!)).toBe(false)

    const facebookRow = removing.find((row) => row.network === 'facebook')!
    expect((await runTakedown(payload, facebookRow.id, at(minutesAfter(6)))).state).toBe('removed')
    expect(facebook.posts.some((candidate) => candidate.message === text)).toBe(false)
    expect((await deliveriesOf(post)).filter((row) => row.state === 'removed').map((row) => row.network)).toEqual(['facebook', 'mastodon'])
    expect((await historyEventsOf(post)).filter(([event]) => event === 'removed')).toEqual([
      ['removed', 'mastodon', reset.toISOString()],
      ['removed', 'facebook', minutesAfter(6).toISOString()],
    ])
    // Instagram may have been published by hand without being marked: only a person closes the task.
    const still = await payload.find({ collection: 'privacy-tasks', where: { post: { equals: post.id } }, depth: 0, overrideAccess: true })
    expect(still.docs.map((task) => [task.kind, task.doneAt ?? null])).toEqual([['takedown', null]])
  })

  it('a post only on connected networks: « À traiter » follows the takedown, and the last removal closes its task', async () => {
    const { post, consent } = await publishedPostWithChild(['mastodon'])
    const [row] = await deliveriesOf(post)
    // After the deletion limit the test above reached (the account waits until then).
    expect((await runDelivery(payload, row.id, at(minutesAfter(40)))).state).toBe('posted')
    const answer = await rest(payload, 'POST', `/api/consents/${consent.id}/withdraw`, {
      token: await tokenOf(team.responsable),
      body: { withdrawnAt: new Date(Date.now() - 60_000).toISOString(), method: 'email' },
    })
    expect(answer.status).toBe(200)
    const tasks = () =>
      payload.find({
        collection: 'privacy-tasks',
        where: { post: { equals: post.id } },
        depth: 0,
        user: team.responsable,
        overrideAccess: false,
      })
    expect((await tasks()).docs.map((task) => [task.kind, task.doneAt ?? null])).toEqual([['takedown', null]])
    const view = await loadToHandle(payload, team.responsable)
    expect(view.progress.get(String(post.id))).toEqual([{ network: 'mastodon', state: 'removing' }])

    expect((await runTakedown(payload, row.id, at(minutesAfter(42)))).state).toBe('removed')
    expect((await tasks()).docs.map((task) => [task.kind, task.doneAt ?? null])).toEqual([['takedown', minutesAfter(42).toISOString()]])
    const after = await loadToHandle(payload, team.responsable)
    expect(after.takedown.map((task) => task.id)).not.toContain((await tasks()).docs[0].id)
    expect(after.done.map((task) => task.id)).toContain((await tasks()).docs[0].id)
  })

  it('a token the network rejects moves the account to « à reconnecter », stops its deliveries and tells the responsible person', async () => {
    facebook.expireToken()
    const { post } = await publishedPostWithChild(['facebook'])
    const [row] = await deliveriesOf(post)
    expect(await runDelivery(payload, row.id, at(JUST_AFTER))).toEqual({ state: 'failed', reason: 'reconnect' })
    const account = await payload.findByID({ collection: 'channel-accounts', id: accounts.facebook, overrideAccess: true })
    expect(account.health).toBe('reconnect')
    expect((await deliveriesOf(post))[0]).toMatchObject({ state: 'failed', failureReason: 'reconnect', nextAttemptAt: null })
    const notices = await failureNoticesOf(post)
    expect(notices.docs).toHaveLength(1)
    expect(notices.docs[0].messageFr).toContain('Facebook')
    expect(await historyEventsOf(post)).toEqual([['deliveryFailed', 'facebook', JUST_AFTER.toISOString()]])
  })

  it('no credential is in any log line of the whole file (failures, retries and takedowns included)', () => {
    // The failures above were logged (proof that the capture works).
    expect(logLines.length).toBeGreaterThan(0)
    for (const secret of [mastodon.token, facebook.token]) expect(logLines.filter((line) => line.includes(secret))).toEqual([])
  })

  it('no credential is written anywhere in the database: deliveries, jobs, history, notifications', async () => {
    const file = String(process.env.DATABASE_URI ?? '').replace(/^file:/, '')
    if (payload.db.name === 'mongoose') {
      for (const collection of ['deliveries', 'payload-jobs', 'notifications', 'posts', 'channel-accounts'] as const) {
        const all = await payload.find({ collection, depth: 0, limit: 0, overrideAccess: true, showHiddenFields: true })
        expect(JSON.stringify(all.docs)).not.toContain(mastodon.token)
      }
      return
    }
    // SQLite writes through its WAL: the latest rows may be only there. The file and its journal hold
    // the accounts' names and the posts' texts (proof that they were read), never a secret.
    const bytes = Buffer.concat(['', '-wal', '-shm'].filter((end) => fs.existsSync(file + end)).map((end) => fs.readFileSync(file + end)))
    expect(bytes.includes(Buffer.from('Compte mastodon'))).toBe(true)
    expect(bytes.includes(Buffer.from('Atelier de prévention à l’école'))).toBe(true)
    for (const secret of [mastodon.token, facebook.token]) expect(bytes.includes(Buffer.from(secret))).toBe(false)
  })
})
