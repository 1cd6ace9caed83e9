import fs from 'node:fs'
import path from 'node:path'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type PaginatedDocs,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { translate } from '../translations'
import { relationId, relationIds } from '../../hooks/engine/snapshot'
import { jobMentions, type MentionTargets } from './jobMentions'
import { slugsOf, type SlugKey } from '../../src/slugs'

/** Balises' collections of personal data, by their key in src/slugs.ts (the slug may be the host's). */
type PersonalData = Extract<SlugKey, 'people' | 'consents'>

type Id = number | string

export type PurgedItem = {
  collection: string
  id: Id
  versionsRemoved: number
  filesRemoved: number
  jobsRemoved: number
  referencesCleared: number
}
export type PurgeFailure = { collection: string; id: Id; error: string }
export type PurgeReport = { purged: PurgedItem[]; failed: PurgeFailure[] }

/** A person or consent as the purge selects it. */
type Retained = { id: Id; retentionUntil?: string | null; person?: unknown }

/** An upload's file and its resized copies, as stored. */
type UploadDoc = { filename?: string | null; sizes?: unknown }

type JobDoc = { id: Id; input?: unknown; taskStatus?: unknown; log?: unknown }
/** Shared by one run: the queued jobs (read once), trimmed as documents are destroyed. */
type Run = { jobs: JobDoc[] }
/**
 * One person or lone consent: its request (and transaction, where the database has them), and
 * why it is destroyed (its retention date passed, or someone deleted it).
 */
type Unit = { req: PayloadRequest; run: Run; destroyed: PurgedItem[]; cause: 'retention' | 'deletion' }

/**
 * Set on a request whose deletions of people and consents already take their dependents with
 * them (the purge, or a deletion hook at work), so the delete hooks do not cascade twice.
 */
export const CASCADE_HANDLED = 'balisesPersonalDataCascadeHandled'

const PROGRESS_EVERY = 50

/** The day of a stored date, as the purge log's summary shows it (`2026-01-01`). */
export function dayOf(iso: string | null | undefined): string {
  return iso ? new Date(iso).toISOString().slice(0, 10) : '—'
}

/**
 * PRIV-4 / Law 25 s.23: destroys the personal data whose retention date has passed.
 *
 * - A person past `retentionUntil`: all their consents (whatever their own date), each consent's
 *   signed form and its file (unless another consent still uses that form), the queued jobs naming
 *   them, their ID in every image's `people` (and in those images' versions, if enabled), the
 *   `person` of « À traiter » tasks (the task stays: it is about a post), then the person and
 *   their versions.
 * - A consent past its own `retentionUntil` whose person is kept: the consent alone, the same way.
 * - Posts are left as they are: they hold no personal data, only image IDs (the images lose the
 *   person, so PRIV-1 asks again who is shown before such a post can be planned or published).
 *
 * One transaction per person and per lone consent, and a failure is reported while the run goes
 * on. Where the database runs without transactions (Payload's SQLite adapter unless
 * `transactionOptions` is set), the order still keeps a failure safe: what refers to a document
 * goes before it (references, jobs, the signed form before its consent, consents before their
 * person), each destruction is logged as it happens, and what is left is found again by the next
 * run. Files are unlinked as their document is deleted (Payload does it), so a rollback can bring
 * back a document without its file, never the reverse. Each destroyed document writes one
 * purge-log entry (IDs, dates and counts, never the data). Safe to run again: what was destroyed
 * is no longer found, and empty or future dates are never touched.
 */
export async function purgeExpiredPersonalData(payload: Payload, now: Date = new Date()): Promise<PurgeReport> {
  const report: PurgeReport = { purged: [], failed: [] }
  const before = { retentionUntil: { less_than: now.toISOString() } }
  const people = (await payload.find({
    collection: slugsOf(payload).people,
    where: before,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { retentionUntil: true },
  })) as PaginatedDocs<Retained>
  const purgedPeople = new Set(people.docs.map((person) => String(person.id)))
  const consents = (await payload.find({
    collection: slugsOf(payload).consents,
    where: before,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { retentionUntil: true, person: true },
  })) as PaginatedDocs<Retained>
  // Consents of a person purged above go with that person, in the same transaction.
  const loneConsents = consents.docs.filter((consent) => !purgedPeople.has(String(relationId(consent.person))))
  const total = people.docs.length + loneConsents.length
  if (total === 0) return report

  const run: Run = { jobs: await loadJobs(payload) }
  const targets: { collection: PersonalData; id: Id; work: (unit: Unit) => Promise<void> }[] = [
    ...people.docs.map((person) => ({
      collection: 'people' as const,
      id: person.id,
      work: (unit: Unit) => purgePerson(unit, person.id, person.retentionUntil!),
    })),
    ...loneConsents.map((consent) => ({
      collection: 'consents' as const,
      id: consent.id,
      work: (unit: Unit) => purgeConsent(unit, consent.id, consent.retentionUntil!),
    })),
  ]
  let done = 0
  for (const target of targets) {
    const outcome = await inTransaction(payload, run, target.work)
    report.purged.push(...outcome.destroyed)
    if (outcome.error !== undefined) {
      const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error)
      report.failed.push({ collection: slugsOf(payload)[target.collection], id: target.id, error: message })
      payload.logger.error({
        err: outcome.error,
        msg: `[balises] retention purge: ${slugsOf(payload)[target.collection]} ${target.id} not purged`,
      })
    }
    done++
    if (done % PROGRESS_EVERY === 0 || done === total) {
      payload.logger.info(
        `[balises] retention purge: ${done}/${total} (${report.purged.length} documents destroyed, ${report.failed.length} failed)`,
      )
    }
  }
  return report
}

async function loadJobs(payload: Payload): Promise<JobDoc[]> {
  const jobs = await payload.find({ collection: 'payload-jobs', depth: 0, limit: 0, pagination: false, overrideAccess: true })
  return jobs.docs as unknown as JobDoc[]
}

/**
 * Runs one unit of work; on failure, what a real transaction rolled back is not reported as
 * destroyed, while without a transaction what was destroyed (and logged) before the failure is.
 */
async function inTransaction(
  payload: Payload,
  run: Run,
  work: (unit: Unit) => Promise<void>,
): Promise<{ destroyed: PurgedItem[]; error?: unknown }> {
  const req = await createLocalReq({ context: { [CASCADE_HANDLED]: true } }, payload)
  const unit: Unit = { req, run, destroyed: [], cause: 'retention' }
  const jobsBefore = run.jobs
  const owns = await initTransaction(req)
  try {
    await work(unit)
    if (owns) await commitTransaction(req)
    return { destroyed: unit.destroyed }
  } catch (error) {
    if (owns) {
      await killTransaction(req)
      run.jobs = jobsBefore
      return { destroyed: [], error }
    }
    return { destroyed: unit.destroyed, error }
  }
}

async function purgePerson(unit: Unit, personId: Id, retentionUntil: string | null): Promise<void> {
  const counts = await purgePersonDependents(unit, personId, retentionUntil)
  const versionsRemoved = await destroy(unit.req, slugsOf(unit.req).people, personId)
  await recordPerson(unit, personId, retentionUntil, { ...counts, versionsRemoved })
}

/** What goes with a person: their consents (and signed forms), their ID in images and tasks, queued jobs naming them. */
async function purgePersonDependents(
  unit: Unit,
  personId: Id,
  retentionUntil: string | null,
): Promise<{ consents: number; referencesCleared: number; jobsRemoved: number }> {
  const { req } = unit
  const consents = await req.payload.find({
    collection: slugsOf(req).consents,
    where: { person: { equals: personId } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { person: true },
  })
  for (const consent of consents.docs) await purgeConsent(unit, consent.id, retentionUntil)

  let referencesCleared = await clearReference(req, slugsOf(req).media, 'people', personId, true)
  referencesCleared += await clearReference(req, slugsOf(req).privacyTasks, 'person', personId, false)
  const jobsRemoved = await removeJobs(unit, { people: [personId] })
  return { consents: consents.docs.length, referencesCleared, jobsRemoved }
}

async function recordPerson(
  unit: Unit,
  personId: Id,
  retentionUntil: string | null,
  counts: { consents: number; referencesCleared: number; jobsRemoved: number; versionsRemoved: number },
): Promise<void> {
  await record(unit, slugsOf(unit.req).people, personId, retentionUntil, {
    summary: translate('fr', unit.cause === 'retention' ? 'retention:personPurged' : 'retention:personDeleted', {
      id: personId,
      until: dayOf(retentionUntil),
      consents: counts.consents,
      references: counts.referencesCleared,
      versions: counts.versionsRemoved,
      jobs: counts.jobsRemoved,
    }),
    versionsRemoved: counts.versionsRemoved,
    filesRemoved: 0,
    jobsRemoved: counts.jobsRemoved,
    referencesCleared: counts.referencesCleared,
  })
}

/** A consent, with its task references and jobs, and its signed form if no other consent uses it. */
async function purgeConsent(unit: Unit, consentId: Id, retentionUntil: string | null): Promise<void> {
  const counts = await purgeConsentDependents(unit, consentId, retentionUntil)
  const versionsRemoved = await destroy(unit.req, slugsOf(unit.req).consents, consentId)
  await recordConsent(unit, consentId, retentionUntil, { ...counts, versionsRemoved })
}

/** What goes with a consent: its task references, queued jobs naming it, its signed form if no other consent uses it. */
async function purgeConsentDependents(
  unit: Unit,
  consentId: Id,
  retentionUntil: string | null,
): Promise<{ referencesCleared: number; jobsRemoved: number; filesRemoved: number }> {
  const { req } = unit
  const { payload } = req
  const consent = await payload.findByID({
    collection: slugsOf(payload).consents,
    id: consentId,
    depth: 0,
    overrideAccess: true,
    req,
    select: { evidence: true },
  })
  const referencesCleared = await clearReference(req, slugsOf(req).privacyTasks, 'consent', consentId, false)
  const jobsRemoved = await removeJobs(unit, { consents: [consentId] })
  let filesRemoved = 0
  const formId = relationId(consent.evidence)
  if (formId !== null) {
    const sharedWith = await payload.count({
      collection: slugsOf(payload).consents,
      where: { and: [{ evidence: { equals: formId } }, { id: { not_equals: consentId } }] },
      overrideAccess: true,
      req,
    })
    if (sharedWith.totalDocs === 0) filesRemoved = await purgeForm(unit, formId, consentId, retentionUntil)
  }
  return { referencesCleared, jobsRemoved, filesRemoved }
}

async function recordConsent(
  unit: Unit,
  consentId: Id,
  retentionUntil: string | null,
  counts: { referencesCleared: number; jobsRemoved: number; filesRemoved: number; versionsRemoved: number },
): Promise<void> {
  await record(unit, slugsOf(unit.req).consents, consentId, retentionUntil, {
    summary: translate('fr', unit.cause === 'retention' ? 'retention:consentPurged' : 'retention:consentDeleted', {
      id: consentId,
      until: dayOf(retentionUntil),
      files: counts.filesRemoved,
      versions: counts.versionsRemoved,
      jobs: counts.jobsRemoved,
    }),
    ...counts,
  })
}

/** The signed form and its files; returns how many files were on disk and are gone. */
async function purgeForm(unit: Unit, formId: Id, consentId: Id, retentionUntil: string | null): Promise<number> {
  const { req } = unit
  const form = (await req.payload
    .findByID({ collection: slugsOf(req).consentForms, id: formId, depth: 0, overrideAccess: true, req })
    .catch(() => null)) as UploadDoc | null
  if (!form) return 0
  const files = filesOnDisk(req.payload, slugsOf(req).consentForms, form)
  const versionsRemoved = await destroy(req, slugsOf(req).consentForms, formId)
  const left = files.filter((file) => fs.existsSync(file))
  if (left.length > 0) throw new Error(`consent-forms ${formId}: ${left.length} file(s) still on disk after deletion`)
  await record(unit, slugsOf(unit.req).consentForms, formId, retentionUntil, {
    summary: translate('fr', 'retention:formPurged', { id: formId, consent: consentId, files: files.length, versions: versionsRemoved }),
    versionsRemoved,
    filesRemoved: files.length,
    jobsRemoved: 0,
    referencesCleared: 0,
  })
  return files.length
}

/** The files of an upload document (original and resized copies) present on disk now. */
function filesOnDisk(payload: Payload, slug: CollectionSlug, doc: UploadDoc): string[] {
  const staticDir = payload.collections[slug].config.upload?.staticDir
  if (!staticDir) return []
  const names = [
    doc.filename,
    ...Object.values((doc.sizes ?? {}) as Record<string, { filename?: string | null }>).map((size) => size?.filename),
  ]
  return names
    .filter((name): name is string => Boolean(name))
    .map((name) => path.resolve(staticDir, name))
    .filter((file) => fs.existsSync(file))
}

/**
 * Deletes a document and every version of it. Payload's delete also removes versions, but logs
 * instead of failing when that goes wrong: deleting them again here makes a failure roll back.
 */
async function destroy(req: PayloadRequest, slug: CollectionSlug, id: Id): Promise<number> {
  const { payload } = req
  const versioned = Boolean(payload.collections[slug].config.versions)
  const ofDoc: Where = { parent: { equals: id } }
  const versions = versioned ? (await payload.db.countVersions({ collection: slug, where: ofDoc, req })).totalDocs : 0
  await payload.delete({ collection: slug, id, overrideAccess: true, req })
  if (versioned) await payload.db.deleteVersions({ collection: slug, where: ofDoc, req })
  return versions
}

/**
 * Removes `id` from a relationship field of every document of `slug` (as the system), and from
 * every stored version of those documents when the collection keeps versions. Returns how many
 * documents and versions changed.
 */
async function clearReference(req: PayloadRequest, slug: CollectionSlug, field: string, id: Id, hasMany: boolean): Promise<number> {
  const { payload } = req
  const where: Where = { [field]: hasMany ? { contains: id } : { equals: id } }
  const docs = await payload.find({ collection: slug, where, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  const without = (value: unknown) => (hasMany ? relationIds(value).filter((other) => String(other) !== String(id)) : null)
  for (const doc of docs.docs as unknown as Record<string, unknown>[]) {
    await payload.update({
      collection: slug,
      id: doc.id as Id,
      data: { [field]: without(doc[field]) },
      overrideAccess: true,
      req,
    })
  }
  let versions = 0
  if (payload.collections[slug].config.versions) {
    // Older versions keep the old value: rewrite them in place (not covered by a test: no collection
    // referring to people or consents keeps versions today).
    const found = await payload.db.findVersions({
      collection: slug,
      where: { [`version.${field}`]: hasMany ? { contains: id } : { equals: id } },
      limit: 0,
      pagination: false,
      req,
    })
    for (const version of found.docs as unknown as { id: Id; version: Record<string, unknown> }[]) {
      await payload.db.updateVersion({
        collection: slug,
        id: version.id,
        versionData: { ...version, version: { ...version.version, [field]: without(version.version[field]) } } as never,
        req,
      })
      versions++
    }
  }
  return docs.docs.length + versions
}

/** Deletes the queued jobs that mention the targets (see jobMentions for the heuristic). */
async function removeJobs(unit: Unit, targets: MentionTargets): Promise<number> {
  const matching = unit.run.jobs.filter((job) => jobMentions(job, targets))
  if (matching.length === 0) return 0
  const ids = matching.map((job) => job.id)
  const result = await unit.req.payload.delete({
    collection: 'payload-jobs',
    where: { id: { in: ids } },
    overrideAccess: true,
    req: unit.req,
  })
  if (result.errors.length > 0) throw new Error(`${result.errors.length} queued job(s) could not be deleted`)
  unit.run.jobs = unit.run.jobs.filter((job) => !ids.includes(job.id))
  return result.docs.length
}

/** The purge-log entry of one destroyed document, and its line in the report. */
async function record(
  unit: Unit,
  targetCollection: string,
  targetId: Id,
  retentionUntil: string | null,
  entry: { summary: string; versionsRemoved: number; filesRemoved: number; jobsRemoved: number; referencesCleared: number },
): Promise<void> {
  const { summary, ...counts } = entry
  unit.destroyed.push({ collection: targetCollection, id: targetId, ...counts })
  await unit.req.payload.create({
    collection: slugsOf(unit.req).purgeLog,
    overrideAccess: true,
    req: unit.req,
    data: { purgedAt: new Date().toISOString(), targetCollection, targetId: String(targetId), retentionUntil, summary, ...counts },
  })
}

/**
 * Someone deletes a person or a consent (admin, REST, local API): what the retention purge would
 * destroy with it goes too, in the same request (and transaction), in the same safe order, each
 * destruction in the purge log. Without this, SQLite refuses a person who still has consents
 * (`consents.person` is required) and a deleted consent leaves its signed form downloadable.
 */
export async function cascadeDeletion(req: PayloadRequest, collection: PersonalData, id: Id): Promise<void> {
  if (req.context?.[CASCADE_HANDLED]) return
  const unit: Unit = { req, run: { jobs: await loadJobs(req.payload) }, destroyed: [], cause: 'deletion' }
  const doc = (await req.payload.findByID({
    collection: slugsOf(req)[collection],
    id,
    depth: 0,
    overrideAccess: true,
    req,
    select: { retentionUntil: true },
  })) as Retained
  const retentionUntil = doc.retentionUntil ?? null
  req.context = { ...req.context, [CASCADE_HANDLED]: true }
  try {
    if (collection === 'people') {
      const counts = await purgePersonDependents(unit, id, retentionUntil)
      await recordPerson(unit, id, retentionUntil, { ...counts, versionsRemoved: 0 })
    } else {
      const counts = await purgeConsentDependents(unit, id, retentionUntil)
      await recordConsent(unit, id, retentionUntil, { ...counts, versionsRemoved: 0 })
    }
  } finally {
    delete req.context[CASCADE_HANDLED]
  }
}
