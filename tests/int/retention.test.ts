import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { PUBLISH_TASK_SLUG } from '../../src/jobs/publishDuePosts'
import { purgeExpiredPersonalData, type PurgeReport } from '../../src/privacy/purgeExpiredPersonalData'
import type { ConsentForm, Person } from '../../dev/payload-types'
import { type Team, createConsent, createImage, createPerson, draftPost, setUpTeam } from '../helpers/fixtures'

/** A queue nothing runs: the jobs below only sit there, as a crashed or future job would. */
const HOLD_QUEUE = 'retention-test-hold'
const NOW = new Date('2026-06-01T00:00:00.000Z')
const PAST = '2026-01-01T12:00:00.000Z'
const FUTURE = '2099-12-31T12:00:00.000Z'
const FULL_NAME = 'Zoé Purgeable-Tremblay'
const SIGNATORY = 'Mireille Signataire-Unique'

type Row = Record<string, unknown>
type SqliteDrizzle = { all: (query: unknown) => Promise<Row[]> }

/**
 * Every stored text value of every table that contains `needle` (SQLite: the raw database, so
 * versions, drafts, job inputs and logs are all included), as `table.column`.
 */
async function rawOccurrences(payload: Payload, needle: string): Promise<string[]> {
  const db = (payload.db as unknown as { drizzle: SqliteDrizzle }).drizzle
  const tables = await db.all(sql`SELECT name FROM sqlite_master WHERE type = 'table'`)
  const found: string[] = []
  for (const { name } of tables) {
    const columns = await db.all(sql.raw(`PRAGMA table_info("${String(name)}")`))
    for (const column of columns) {
      const rows = await db.all(sql.raw(`SELECT CAST("${String(column.name)}" AS TEXT) AS value FROM "${String(name)}"`))
      if (rows.some((row) => typeof row.value === 'string' && row.value.includes(needle)))
        found.push(`${String(name)}.${String(column.name)}`)
    }
  }
  return found
}

describe('retention purge (PRIV-4, Law 25 s.23)', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  const leftoverFiles: string[] = []
  afterAll(() => {
    for (const file of leftoverFiles) fs.rmSync(file, { force: true })
  })

  async function signedForm(): Promise<{ form: ConsentForm; file: string }> {
    const data = await sharp({ create: { width: 6, height: 6, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer()
    const form = await payload.create({
      collection: 'consent-forms',
      data: {},
      file: { data, mimetype: 'image/png', name: `formulaire-${Date.now()}-${Math.random().toString(36).slice(2)}.png`, size: data.length },
    })
    const file = path.resolve(payload.collections['consent-forms'].config.upload.staticDir!, form.filename!)
    leftoverFiles.push(file)
    return { form, file }
  }
  const exists = async (collection: 'people' | 'consents' | 'consent-forms', id: number) =>
    (await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1
  const purged = (report: PurgeReport, collection: string) =>
    report.purged.filter((item) => item.collection === collection).map((item) => item.id)

  let person: Person
  let keeper: Person
  let report: PurgeReport

  it('destroys a person past retention with every copy of their data, and nothing else', async () => {
    person = await createPerson(payload, { fullName: FULL_NAME, retentionUntil: PAST, notes: 'Allergie aux arachides' })
    keeper = await createPerson(payload, { fullName: 'Gardé Longtemps', retentionUntil: FUTURE })
    const undated = await createPerson(payload, { fullName: 'Sans Date' })
    const { form, file } = await signedForm()
    const withForm = await createConsent(payload, person.id, { signatoryName: SIGNATORY, evidence: form.id })
    const second = await createConsent(payload, person.id, { signatoryName: SIGNATORY, scopes: ['linkedin'] })
    // A consent past its own date whose person stays is destroyed alone; the signed form it shares
    // with a consent still kept stays.
    const shared = await signedForm()
    const keeperConsent = await createConsent(payload, keeper.id, {
      signatoryName: 'Parent Gardé',
      retentionUntil: FUTURE,
      evidence: shared.form.id,
    })
    const keeperOldConsent = await createConsent(payload, keeper.id, {
      signatoryName: 'Parent Gardé',
      retentionUntil: '2026-03-01T12:00:00.000Z',
      evidence: shared.form.id,
    })
    const undatedConsent = await createConsent(payload, undated.id, { signatoryName: 'Parent Sans Date' })
    const image = await createImage(payload, { people: [person.id, keeper.id] })
    const post = await draftPost(payload, team.redaction, { media: [image.id] })
    const task = await payload.create({
      collection: 'privacy-tasks',
      overrideAccess: true,
      data: {
        kind: 'takedown',
        cause: 'withdrawn',
        summary: 'À retirer',
        post: post.id,
        consent: withForm.id,
        person: person.id,
        reason: 'test',
      },
    })
    // Job inputs carrying the person (ID and name) and a consent; Balises' tasks take no such input
    // yet, but nothing stops a future task or a hand-queued job from holding one.
    const personJob = await payload.jobs.queue({
      task: PUBLISH_TASK_SLUG,
      queue: HOLD_QUEUE,
      input: { personId: person.id, note: `Photo de ${FULL_NAME}` } as never,
    })
    const consentJob = await payload.jobs.queue({
      task: PUBLISH_TASK_SLUG,
      queue: HOLD_QUEUE,
      input: { consent: second.id, signatory: SIGNATORY } as never,
    })
    const otherJob = await payload.jobs.queue({ task: PUBLISH_TASK_SLUG, queue: HOLD_QUEUE, input: { personId: keeper.id } as never })
    expect(fs.existsSync(file)).toBe(true)
    if (payload.db.name === 'sqlite') {
      // The scan does find the name where it is stored (so "found nowhere" below means something).
      expect(await rawOccurrences(payload, FULL_NAME)).toEqual(expect.arrayContaining(['people.full_name', 'payload_jobs.input']))
    }

    report = await purgeExpiredPersonalData(payload, NOW)
    console.log(`purge report: ${report.purged.length} destroyed, ${report.failed.length} failed`, JSON.stringify(report.purged))

    expect(report.failed).toEqual([])
    expect(purged(report, 'people')).toEqual([person.id])
    expect(purged(report, 'consents').sort()).toEqual([withForm.id, second.id, keeperOldConsent.id].sort())
    expect(purged(report, 'consent-forms')).toEqual([form.id])
    expect(await exists('people', person.id)).toBe(false)
    expect(await exists('consents', withForm.id)).toBe(false)
    expect(await exists('consents', second.id)).toBe(false)
    expect(await exists('consent-forms', form.id)).toBe(false)
    expect(fs.existsSync(file)).toBe(false)

    // Image, post and task stay, without the person.
    const imageAfter = await payload.findByID({ collection: 'media', id: image.id, depth: 0, overrideAccess: true })
    expect(imageAfter.people).toEqual([keeper.id])
    const postAfter = await payload.findByID({ collection: 'posts', id: post.id, draft: true, depth: 0, overrideAccess: true })
    expect(postAfter.media).toEqual([image.id])
    const taskAfter = await payload.findByID({ collection: 'privacy-tasks', id: task.id, depth: 0, overrideAccess: true })
    expect(taskAfter).toMatchObject({ person: null, consent: null, post: post.id, kind: 'takedown' })

    // Jobs naming the person or their consent are gone; the other one stays.
    const jobsLeft = await payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: HOLD_QUEUE } },
      overrideAccess: true,
      depth: 0,
    })
    expect(jobsLeft.docs.map((job) => job.id)).toEqual([otherJob.id])
    expect(
      await payload.count({ collection: 'payload-jobs', where: { id: { in: [personJob.id, consentJob.id] } }, overrideAccess: true }),
    ).toEqual({ totalDocs: 0 })

    // Future and empty retention dates: untouched.
    expect(await payload.findByID({ collection: 'people', id: keeper.id, overrideAccess: true })).toMatchObject({
      fullName: 'Gardé Longtemps',
    })
    expect(await exists('consents', keeperConsent.id)).toBe(true)
    expect(await exists('consents', keeperOldConsent.id)).toBe(false)
    expect(await exists('consent-forms', shared.form.id)).toBe(true)
    expect(fs.existsSync(shared.file)).toBe(true)
    expect(await exists('people', undated.id)).toBe(true)
    expect(await exists('consents', undatedConsent.id)).toBe(true)

    // One purge-log entry per destroyed document, with counts and without the data.
    const log = await payload.find({ collection: 'purge-log', limit: 0, pagination: false, user: team.responsable, overrideAccess: false })
    const entry = (collection: string, id: number) =>
      log.docs.find((doc) => doc.targetCollection === collection && doc.targetId === String(id))
    expect(log.docs).toHaveLength(report.purged.length)
    expect(entry('people', person.id)).toMatchObject({ jobsRemoved: 1, referencesCleared: 2, versionsRemoved: 0, filesRemoved: 0 })
    expect(new Date(entry('people', person.id)!.retentionUntil!).toISOString()).toBe(PAST)
    expect(entry('consents', withForm.id)).toMatchObject({ filesRemoved: 1, referencesCleared: 1, jobsRemoved: 0 })
    expect(entry('consents', withForm.id)!.summary).toBe(
      `Consentement n° ${withForm.id} détruit (conservation jusqu’au 2026-01-01) : 1 fichier(s), 0 version(s), 0 tâche(s) planifiée(s)`,
    )
    expect(entry('consents', second.id)).toMatchObject({ filesRemoved: 0, jobsRemoved: 1 })
    expect(entry('consent-forms', form.id)).toMatchObject({ filesRemoved: 1 })
    expect(entry('consents', keeperOldConsent.id)).toMatchObject({
      filesRemoved: 0,
      summary: expect.stringContaining('(conservation jusqu’au 2026-03-01)'),
    })
    const logText = JSON.stringify(log.docs)
    for (const secret of [FULL_NAME, 'Purgeable', SIGNATORY, 'Allergie', form.filename!]) expect(logText).not.toContain(secret)
  })

  it('leaves no copy of the name anywhere in the database (versions, drafts, job inputs, logs)', async (context) => {
    if (payload.db.name !== 'sqlite') {
      context.skip(
        'raw scan written for SQLite (every text column of every table); MongoDB documents are covered by the Local API checks above',
      )
    }
    expect(await rawOccurrences(payload, FULL_NAME)).toEqual([])
    expect(await rawOccurrences(payload, 'Purgeable')).toEqual([])
    expect(await rawOccurrences(payload, SIGNATORY)).toEqual([])
    // The scan still sees the people who stay.
    expect(await rawOccurrences(payload, 'Gardé Longtemps')).toEqual(['people.full_name'])
  })

  it('is idempotent: a second run destroys nothing and logs nothing', async () => {
    const logged = (await payload.count({ collection: 'purge-log', overrideAccess: true })).totalDocs
    const again = await purgeExpiredPersonalData(payload, NOW)
    expect(again).toEqual({ purged: [], failed: [] })
    expect((await payload.count({ collection: 'purge-log', overrideAccess: true })).totalDocs).toBe(logged)
    expect(await exists('people', keeper.id)).toBe(true)
  })

  it('keeps the purge log append-only, even with overrideAccess', async () => {
    const { docs } = await payload.find({ collection: 'purge-log', limit: 1, overrideAccess: true })
    const [entry] = docs
    await expect(
      payload.update({ collection: 'purge-log', id: entry.id, data: { summary: 'réécrit' }, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'purge-log', id: entry.id, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'purge-log', where: { id: { exists: true } }, overrideAccess: true })).rejects.toMatchObject({
      status: 403,
    })
    const after = await payload.findByID({ collection: 'purge-log', id: entry.id, overrideAccess: true })
    expect(after.summary).toBe(entry.summary)
  })

  it('reports a person whose purge fails, leaves them whole for the next run, and still purges the others', async () => {
    const broken = await createPerson(payload, { fullName: 'Dossier Abîmé', retentionUntil: PAST })
    const fine = await createPerson(payload, { fullName: 'Dossier Sain', retentionUntil: PAST })
    const { form, file } = await signedForm()
    const brokenConsent = await createConsent(payload, broken.id, { evidence: form.id })
    const fineConsent = await createConsent(payload, fine.id)
    // A damaged row: the stored file name points outside the forms folder, so Payload refuses to delete it.
    await payload.db.updateOne({ collection: 'consent-forms', id: form.id, data: { filename: '../hors-du-dossier.png' } })

    const started = new Date().toISOString()
    const result = await purgeExpiredPersonalData(payload, NOW)
    console.log(`purge with a damaged row: ${result.purged.length} destroyed, failed: ${JSON.stringify(result.failed)}`)
    expect(result.failed.map((failure) => `${failure.collection}:${failure.id}`)).toEqual([`people:${broken.id}`])
    expect(purged(result, 'people')).toEqual([fine.id])
    expect(await exists('people', fine.id)).toBe(false)
    expect(await exists('consents', fineConsent.id)).toBe(false)
    // Nothing of the failed person was destroyed or logged (with or without a database
    // transaction: the form goes before its consent, so the consent still leads to the form).
    expect(await exists('people', broken.id)).toBe(true)
    expect(await exists('consents', brokenConsent.id)).toBe(true)
    expect(await exists('consent-forms', form.id)).toBe(true)
    // IDs can come back after a destruction (SQLite reuses the highest one), so count by time.
    const loggedSince = async () =>
      (
        await payload.find({
          collection: 'purge-log',
          where: { purgedAt: { greater_than_equal: started } },
          limit: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs
        .map((entry) => `${entry.targetCollection}:${entry.targetId}`)
        .sort()
    expect(await loggedSince()).toEqual([`people:${fine.id}`, `consents:${fineConsent.id}`].sort())

    // Once the row is repaired, the next run finishes the job.
    await payload.db.updateOne({ collection: 'consent-forms', id: form.id, data: { filename: path.basename(file) } })
    const retried = await purgeExpiredPersonalData(payload, NOW)
    expect(retried.failed).toEqual([])
    expect(retried.purged.map((item) => `${item.collection}:${item.id}`).sort()).toEqual(
      [`people:${broken.id}`, `consents:${brokenConsent.id}`, `consent-forms:${form.id}`].sort(),
    )
    expect(fs.existsSync(file)).toBe(false)
    expect(await loggedSince()).toEqual(
      [
        `people:${fine.id}`,
        `consents:${fineConsent.id}`,
        `people:${broken.id}`,
        `consents:${brokenConsent.id}`,
        `consent-forms:${form.id}`,
      ].sort(),
    )
  })
})
