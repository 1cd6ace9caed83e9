// No publication job in the background: the runs below are the tests' own, at their own moments.
process.env.JOBS_AUTORUN = 'false'

import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Consent, Delivery, Media, Post } from '../../dev/payload-types'
import { runDelivery } from '../../src/deliveries/runDelivery'
import { runTakedown } from '../../src/deliveries/runTakedown'
import { DELIVER_TASK_SLUG, TAKEDOWN_TASK_SLUG } from '../../src/deliveries/taskSlugs'
import { publishDuePosts } from '../../src/jobs/publishDuePosts'
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
import { type RestAnswer, rest, restLogin } from '../helpers/rest'
import { type Account, type LocalPds, startPds } from './pds'

/**
 * Issue 15's first « Done when », through Payload against a real local PDS (@atproto/dev-env): a
 * scheduled post with a child's photo (valid guardian consent) is published by the job to Bluesky
 * with its alt text; withdrawing the consent deletes it from the PDS within one takedown run; the
 * post's history and « À traiter » say what happened. Fixed moments, as tests/int/deliveries.test.ts
 * (the PDS dates the record with the real clock, which nothing below reads).
 */

const PUBLISH_AT = '2026-12-10T15:00:00.000Z'
const JUST_AFTER = new Date('2026-12-10T15:00:30.000Z')
const TAKEDOWN_AT = new Date(JUST_AFTER.getTime() + 5 * 60_000)

type ImagesEmbed = { $type: string; images: { alt: string; image: { ref: { $link: string }; mimeType: string } }[] }
type HistoryRow = NonNullable<Post['history']>[number] & { event?: string | null; network?: string | null }

describe('issue 15, Done when 1: a child’s photo on Bluesky (real local PDS), published by the job and taken down on withdrawal', () => {
  let payload: Payload
  let team: Team
  let pds: LocalPds
  let bluesky: Account
  let appPassword: string
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  beforeAll(async () => {
    const started = Date.now()
    pds = await startPds()
    console.info(`PDS started in ${Date.now() - started} ms at ${pds.service}`)
    bluesky = await pds.createAccount('organisme.test')
    appPassword = await pds.createAppPassword(bluesky, 'balises')
  })
  afterAll(async () => {
    await pds?.close()
  })

  /** Every REST answer of the file, checked by the last test for the app password. */
  const answers: RestAnswer[] = []
  const kept = (answer: RestAnswer) => {
    answers.push(answer)
    return answer
  }
  const tokens = new Map<string, string>()
  async function tokenOf(user: TestUser): Promise<string> {
    if (!tokens.has(user.email)) tokens.set(user.email, await restLogin(payload, user.email, user.password))
    return tokens.get(user.email)!
  }

  const deliveriesOf = async (postId: Post['id']): Promise<Delivery[]> =>
    (
      await payload.find({
        collection: 'deliveries',
        where: { post: { equals: postId } },
        depth: 0,
        user: team.redaction,
        overrideAccess: false,
      })
    ).docs
  const jobsFor = async (task: string, deliveryId: Delivery['id']) =>
    (
      await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: task } }, depth: 0, limit: 0, overrideAccess: true })
    ).docs.filter((job) => String((job.input as { delivery?: string }).delivery) === String(deliveryId))
  const takedownTasksOf = async (postId: Post['id']) =>
    (
      await payload.find({
        collection: 'privacy-tasks',
        where: { post: { equals: postId } },
        depth: 0,
        user: team.responsable,
        overrideAccess: false,
      })
    ).docs
  const blueskyHistory = (post: Post) => ((post.history ?? []) as HistoryRow[]).filter((row) => row.network === 'bluesky')

  // What the steps below hand to each other (each test reads its predecessor's outcome).
  let accountId: number
  let consent: Consent
  let photo: Media
  let post: Post
  let text: string
  let delivery: Delivery
  let blobCid: string

  it('the responsible person connects the Bluesky account with an app password; « Tester la connexion » says ok', async () => {
    const created = await payload.create({
      collection: 'channel-accounts',
      data: { name: 'Bluesky de l’organisme', network: 'bluesky', serverUrl: pds.service, identifier: bluesky.handle, secret: appPassword },
      user: team.responsable,
      overrideAccess: false,
    })
    accountId = created.id
    expect(JSON.stringify(created)).not.toContain(appPassword)
    const raw = (await payload.db.findOne({ collection: 'channel-accounts', where: { id: { equals: created.id } } })) as Record<
      string,
      unknown
    >
    expect(String(raw.secretStored)).toMatch(/^v1:[0-9a-f]{12}:/)

    const tested = kept(await rest(payload, 'POST', `/api/channel-accounts/${created.id}/test`, { token: await tokenOf(team.responsable) }))
    expect(tested.status).toBe(200)
    expect(tested.json.health).toBe('ok')
    const read = kept(await rest(payload, 'GET', `/api/channel-accounts/${created.id}`, { token: await tokenOf(team.responsable) }))
    expect(read.json).toMatchObject({ network: 'bluesky', health: 'ok', serverUrl: pds.service, identifier: bluesky.handle })
    expect(read.text).not.toContain('secretStored')
    kept(await rest(payload, 'GET', '/api/channel-accounts?depth=1', { token: await tokenOf(team.admin) }))
  })

  it('the job publishes the scheduled post; ONE delivery run posts it to the PDS with the photo and its alt text', async () => {
    const child = await createPerson(payload, { fullName: 'Enfant Bluesky', birthDate: '2017-02-01T00:00:00.000Z' })
    consent = await createConsent(payload, child.id, { scopes: ['bluesky'] })
    photo = await createImage(payload, { people: [child.id] })
    expect(photo.alt).toBeTruthy()
    text = 'Atelier de prévention à l’école des Érables : merci aux familles !'
    const draft = await draftPost(payload, team.redaction, {
      media: [photo.id],
      publishAt: PUBLISH_AT,
      channels: [{ channel: 'bluesky', text }] as never,
    })
    await movePost(payload, team.redaction, draft.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, draft.id, { workflowStatus: 'approved', valuesConfirmed: true })
    await movePost(payload, team.responsable, draft.id, { workflowStatus: 'scheduled' })
    expect(await deliveriesOf(draft.id)).toEqual([])

    const report = await publishDuePosts(payload, JUST_AFTER)
    expect(report.published).toEqual([draft.id])
    post = await stored(payload, draft.id)
    expect(post.workflowStatus).toBe('published')
    const rows = await deliveriesOf(post.id)
    expect(rows.map((row) => [row.network, row.state, row.channelAccount])).toEqual([['bluesky', 'queued', accountId]])
    delivery = rows[0]
    expect(await jobsFor(DELIVER_TASK_SLUG, delivery.id)).toHaveLength(1)
    expect(await pds.listPosts(bluesky.did)).toEqual([])

    expect(await runDelivery(payload, delivery.id, JUST_AFTER)).toEqual({ state: 'posted' })

    delivery = (await deliveriesOf(post.id))[0]
    expect(delivery).toMatchObject({ state: 'posted', attempts: 1, failureReason: null, postedAt: JUST_AFTER.toISOString() })
    expect(delivery.remoteId).toMatch(new RegExp(`^at://${bluesky.did}/app\\.bsky\\.feed\\.post/[^/]+$`))
    const rkey = delivery.remoteId!.split('/').pop()
    expect(delivery.remoteUrl).toBe(`https://bsky.app/profile/${bluesky.handle}/post/${rkey}`)

    const record = await pds.getRecord(delivery.remoteId!)
    expect(record).not.toBeNull()
    expect(record!.value.text).toBe(text)
    expect(record!.value.langs).toEqual(['fr'])
    const embed = record!.value.embed as ImagesEmbed
    expect(embed.$type).toBe('app.bsky.embed.images')
    expect(embed.images).toHaveLength(1)
    expect(embed.images[0].alt).toBe(photo.alt)
    expect(embed.images[0].image.mimeType).toBe('image/png')
    blobCid = embed.images[0].image.ref.$link
    expect(await pds.getBlobStatus(bluesky.did, blobCid)).toBe(200)
    expect((await pds.listPosts(bluesky.did)).map((stored) => stored.uri)).toEqual([delivery.remoteId])
  })

  it('the responsible person withdraws the consent: the delivery goes « removing » and ONE takedown run deletes it from the PDS', async () => {
    const answer = kept(
      await rest(payload, 'POST', `/api/consents/${consent.id}/withdraw`, {
        token: await tokenOf(team.responsable),
        // Withdrawn a minute ago (a withdrawal is never dated in the future).
        body: { withdrawnAt: new Date(Date.now() - 60_000).toISOString(), method: 'phone' },
      }),
    )
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ id: consent.id, unscheduled: 0, takedowns: 1 })
    expect(answer.json.message).toContain('1 à retirer des réseaux')
    // « À traiter » lists the post at once; the takedown job closes the task once the network is done.
    const opened = await takedownTasksOf(post.id)
    expect(opened).toHaveLength(1)
    expect(opened[0]).toMatchObject({ kind: 'takedown', cause: 'withdrawn', consent: consent.id, doneAt: null })

    const removing = await deliveriesOf(post.id)
    expect(removing.map((row) => [row.network, row.state, row.removalCause])).toEqual([['bluesky', 'removing', 'privacy']])
    expect(await jobsFor(TAKEDOWN_TASK_SLUG, delivery.id)).toHaveLength(1)
    // Nothing is removed before the job runs.
    expect(await pds.getRecord(delivery.remoteId!)).not.toBeNull()

    expect(await runTakedown(payload, delivery.id, TAKEDOWN_AT)).toEqual({ state: 'removed' })

    expect(await pds.getRecord(delivery.remoteId!)).toBeNull()
    expect(await pds.listPosts(bluesky.did)).toEqual([])
    // The photo's blob, referenced by no record any more, is no longer served.
    expect(await pds.getBlobStatus(bluesky.did, blobCid)).toBe(400)
    delivery = (await deliveriesOf(post.id))[0]
    expect(delivery).toMatchObject({ state: 'removed', removedAt: TAKEDOWN_AT.toISOString(), failureReason: null })
    // The post itself stays published in Balises: only its copy on the network came down.
    expect((await stored(payload, post.id)).workflowStatus).toBe('published')
    const closed = await takedownTasksOf(post.id)
    expect(closed.map((task) => [task.kind, task.doneAt])).toEqual([['takedown', TAKEDOWN_AT.toISOString()]])
  })

  it('« À traiter » shows the post’s takedown task, done by the system once the PDS deleted the post', async () => {
    const list = kept(
      await rest(payload, 'GET', `/api/privacy-tasks?depth=0&limit=0&where[post][equals]=${post.id}`, {
        token: await tokenOf(team.responsable),
      }),
    )
    expect(list.status).toBe(200)
    expect(list.json.docs).toHaveLength(1)
    expect(list.json.docs[0]).toMatchObject({
      kind: 'takedown',
      cause: 'withdrawn',
      post: post.id,
      consent: consent.id,
      summary: `À retirer des réseaux : « ${post.title} »`,
      doneAt: TAKEDOWN_AT.toISOString(),
      // Done by the system (the job), not by a person.
      doneBy: null,
    })
    // Nothing left open for the post: « À traiter » has nothing more to do.
    const open = await payload.count({
      collection: 'privacy-tasks',
      where: { and: [{ post: { equals: post.id } }, { doneAt: { exists: false } }] },
      user: team.responsable,
      overrideAccess: false,
    })
    expect(open.totalDocs).toBe(0)
  })

  it('the post’s history says it went out on Bluesky and came down from it, at the runs’ moments', async () => {
    const current = await payload.findByID({ collection: 'posts', id: post.id, depth: 0, user: team.redaction, overrideAccess: false })
    const published = (current.history ?? []).find((row) => row.from === 'scheduled' && row.to === 'published')
    expect(published?.at).toBe(JUST_AFTER.toISOString())
    expect(current.history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ event: 'delivered', network: 'bluesky', from: null, to: null }),
        expect.objectContaining({ event: 'removed', network: 'bluesky', from: null, to: null }),
      ]),
    )
    const events = blueskyHistory(current)
    expect(events.map((row) => row.event)).toEqual(['delivered', 'removed'])
    expect(events.map((row) => row.at && new Date(row.at).toISOString())).toEqual([JUST_AFTER.toISOString(), TAKEDOWN_AT.toISOString()])
    kept(await rest(payload, 'GET', `/api/posts/${post.id}?draft=true`, { token: await tokenOf(team.redaction) }))
  })

  it('the app password is in no API answer and nowhere in the database files', async () => {
    const token = await tokenOf(team.responsable)
    for (const url of [`/api/deliveries?where[post][equals]=${post.id}`, `/api/posts/${post.id}?draft=true`, '/api/notifications'])
      kept(await rest(payload, 'GET', url, { token }))
    expect(answers.length).toBeGreaterThanOrEqual(8)
    // Answers that carry data (a refusal would hold no secret by construction).
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200))
    for (const answer of answers) expect(answer.text).not.toContain(appPassword)

    const uri = String(process.env.DATABASE_URI ?? '')
    if (!uri.startsWith('file:')) {
      for (const collection of ['deliveries', 'payload-jobs', 'notifications', 'posts', 'channel-accounts', 'privacy-tasks'] as const) {
        const all = await payload.find({ collection, depth: 0, limit: 0, overrideAccess: true, showHiddenFields: true })
        expect(JSON.stringify(all.docs)).not.toContain(appPassword)
      }
      return
    }
    // The database file and the journal beside it: the adapter writes in WAL mode, so the latest
    // writes are still in -wal, not in the main file.
    const file = uri.slice('file:'.length)
    const files = fs
      .readdirSync(path.dirname(file))
      .filter((name) => name.startsWith(path.basename(file)))
      .map((name) => path.join(path.dirname(file), name))
    expect(files).toContain(file)
    const contents = files.map((name) => fs.readFileSync(name))
    for (const bytes of contents) expect(bytes.includes(Buffer.from(appPassword))).toBe(false)
    // The check can fail: these files do hold what was written in clear (the account's handle, the post's text).
    expect(contents.some((bytes) => bytes.includes(Buffer.from(bluesky.handle)))).toBe(true)
    expect(contents.some((bytes) => bytes.includes(Buffer.from(text)))).toBe(true)
  })
})
