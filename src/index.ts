import os from 'node:os'
import path from 'node:path'

import type { CollectionConfig, Config, Field } from 'payload'

import { en as payloadEn } from '@payloadcms/translations/languages/en'
import { fr as payloadFr } from '@payloadcms/translations/languages/fr'

import { categoriesCollection } from '../collections/Categories'
import { commentsCollection } from '../collections/Comments'
import { notificationsCollection } from '../collections/Notifications'
import { consentFormsCollection } from '../collections/ConsentForms'
import { consentsCollection } from '../collections/Consents'
import { auditLogCollection } from '../collections/AuditLog'
import { audienceSnapshotsCollection } from '../collections/AudienceSnapshots'
import { helpRequestsCollection } from '../collections/HelpRequests'
import { meetingsCollection } from '../collections/Meetings'
import { moderationLogCollection } from '../collections/ModerationLog'
import { privacyTasksCollection } from '../collections/PrivacyTasks'
import { purgeLogCollection } from '../collections/PurgeLog'
import { mediaCollection } from '../collections/Media'
import { peopleCollection } from '../collections/People'
import { positionsCollection } from '../collections/Positions'
import { policyGlobal } from '../collections/Policy'
import { postsCollection } from '../collections/Posts'
import { usersCollection } from '../collections/Users'
import { usersFields } from '../collections/usersFields'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'
import { recordCodeOfConductAcceptance } from '../hooks/recordCodeOfConductAcceptance'
import { clientMistakesAre400 } from '../hooks/clientMistakes'
import { guardIncomingData, guardIncomingGlobalData } from '../hooks/guardIncomingData'
import { keepValidationErrorData } from '../hooks/keepValidationErrorData'
import { summariseFieldErrors } from '../hooks/summariseFieldErrors'
import { withFormHelpers } from './forms/formHelpers'
import { BALISES_QUEUE, publishDuePostsTask } from '../calendar/jobs/publishDuePosts'
import { isAdminRequest } from './access/isAdmin'
import { withoutJobsEndpoints } from './jobs/withoutJobsEndpoints'
import { purgePersonalDataTask } from '../hooks/privacy/purgeTask'
import { sendNotificationEmailTask } from './notifications/emailTask'
import { eventsEndpoint } from '../calendar/endpoints/eventsEndpoint'
import { feedEndpoint, feedTokenEndpoints } from '../calendar/endpoints/feedEndpoints'
import { moveEndpoint } from '../calendar/endpoints/moveEndpoint'
import { undoMoveEndpoint } from '../calendar/endpoints/undoMoveEndpoint'
import { restrictEditLocks } from './access/editLocks'
import { acceptCodeOfConductEndpoint } from './endpoints/acceptCodeOfConduct'
import { healthEndpoint } from './endpoints/health'
import { withRedactingLogger } from './logging'
import { withoutVersionEndpoints } from './endpoints/noVersions'
import { activityReportEndpoint } from './reports/reportEndpoint'
import { CONFIG_CUSTOM_KEY } from './slugs'
import { resolveOptions, type BalisesOptions, type ResolvedBalisesOptions } from './options'
import { withCanadianTimezones } from './timezones'
import { megabytes, MULTIPART_OVERHEAD_BYTES } from './uploadLimit'
import { balisesTranslations, recordMergedTranslations } from './translations'
import { DATE_TIME_FORMAT } from '../collections/dateDisplay'

export type { BalisesOptions } from './options'

function fieldNames(fields: Field[]): Set<string> {
  return new Set(fields.flatMap((field) => ('name' in field ? [field.name] : [])))
}

/** Adds Balises' account fields and hook to the host's own auth collection, keeping all it has. */
function extendUsers(existing: CollectionConfig): CollectionConfig {
  if (!existing.auth) {
    throw new Error(`[balises] collection "${existing.slug}" must be an auth collection to hold staff accounts`)
  }
  const present = fieldNames(existing.fields)
  return {
    ...existing,
    fields: [...existing.fields, ...usersFields().filter((field) => !('name' in field && present.has(field.name)))],
    hooks: {
      ...existing.hooks,
      beforeChange: [firstUserIsAdmin, ...(existing.hooks?.beforeChange ?? []), recordCodeOfConductAcceptance],
    },
    endpoints: [...(Array.isArray(existing.endpoints) ? existing.endpoints : []), acceptCodeOfConductEndpoint(existing.slug)],
  }
}

function addCollections(config: Config, options: ResolvedBalisesOptions): CollectionConfig[] {
  const collections = [...(config.collections ?? [])]
  // Daily work first in the admin's navigation: posts, then the policy's lists, then accounts.
  for (const added of [
    postsCollection(options),
    mediaCollection(options),
    positionsCollection(options),
    categoriesCollection(),
    peopleCollection(),
    consentsCollection(),
    consentFormsCollection(options),
    privacyTasksCollection(options),
    audienceSnapshotsCollection(),
    meetingsCollection(),
    moderationLogCollection(options),
    helpRequestsCollection(options),
    auditLogCollection(options),
    purgeLogCollection(),
    commentsCollection(options),
    notificationsCollection(options),
  ]) {
    if (collections.some((collection) => collection.slug === added.slug)) {
      throw new Error(`[balises] the host config already has a collection "${added.slug}"; Balises needs that slug`)
    }
    collections.push(added)
  }
  const usersIndex = collections.findIndex((collection) => collection.slug === options.usersSlug)
  if (usersIndex >= 0) collections[usersIndex] = extendUsers(collections[usersIndex])
  else collections.push(usersCollection(options))
  // First of all: bad bodies and queries get a 400 before anything else (or Payload) reads them.
  return collections.map(withoutVersionEndpoints).map(withFormHelpers).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [guardIncomingData, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
}

/**
 * Ours first, the host's on top: a host rewords any Balises string in its own config
 * (`i18n.translations.fr.balises.posts.title`). Labels are `t('balises:…')` functions read by
 * Payload's i18n, so they show the merged wording; the merged `balises` namespace is also recorded
 * (`recordMergedTranslations`) for the texts built without a `req`: rule messages, navigation
 * groups, notices, e-mails (`translate()`/`tr()` in src/translations).
 */
function mergeTranslations(config: Config): NonNullable<Config['i18n']> {
  const i18n = config.i18n ?? {}
  const hostTranslations = (i18n.translations ?? {}) as Record<string, Record<string, unknown>>
  const translations: Record<string, Record<string, unknown>> = { ...hostTranslations }
  const merged: Record<string, unknown> = {}
  for (const [language, strings] of Object.entries(balisesTranslations)) {
    const host = hostTranslations[language] ?? {}
    const hostBalises = (host.balises ?? {}) as Record<string, unknown>
    merged[language] = deepMerge(strings, hostBalises)
    translations[language] = { ...host, balises: merged[language] }
  }
  recordMergedTranslations(merged)
  return {
    ...i18n,
    supportedLanguages: { fr: payloadFr, en: payloadEn, ...i18n.supportedLanguages },
    translations: translations as NonNullable<Config['i18n']>['translations'],
  }
}

function deepMerge(base: object, override: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key]
    merged[key] =
      value && typeof value === 'object' && current && typeof current === 'object'
        ? deepMerge(current, value as Record<string, unknown>)
        : value
  }
  return merged
}

/**
 * The Balises plugin: adds the policy's collections, global, hooks, admin components and
 * translations to a Payload config, without dropping anything the host config has.
 */
export const balises =
  (pluginOptions: BalisesOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions)
    // First: the collections below read the merged wording (navigation groups).
    const i18n = mergeTranslations(config)
    const globals = config.globals ?? []
    if (globals.some((global) => global.slug === 'policy')) {
      throw new Error('[balises] the host config already has a global "policy"; Balises needs that slug')
    }
    const admin = config.admin ?? {}
    const jobs = config.jobs ?? {}
    const upload = config.upload ?? {}
    const fileSize = upload.limits?.fileSize ?? megabytes(options.maxUploadMB)
    return {
      ...config,
      // Every module reads the slugs from here (src/slugs.ts); the admin's copy reaches the browser.
      custom: { ...config.custom, [CONFIG_CUSTOM_KEY]: { slugs: options.slugs } },
      logger: withRedactingLogger(config.logger),
      // A file over the limit is refused as it arrives (413, see clientMistakes), not read whole.
      upload: {
        ...upload,
        abortOnLimit: upload.abortOnLimit ?? true,
        // Videos: received into a temporary file (removed after the save, or the refusal), not memory.
        useTempFiles: upload.useTempFiles ?? true,
        tempFileDir: upload.tempFileDir ?? path.join(os.tmpdir(), 'balises-uploads'),
        createParentPath: upload.createParentPath ?? true,
        limits: { ...upload.limits, fileSize },
        requestSizeLimit: upload.requestSizeLimit ?? fileSize + MULTIPART_OVERHEAD_BYTES,
      },
      jobs: {
        ...jobs,
        // Payload lets any signed-in account run, queue and cancel jobs by default.
        access: { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest, ...jobs.access },
        jobsCollectionOverrides: withoutJobsEndpoints(jobs.jobsCollectionOverrides),
        tasks: [...(jobs.tasks ?? []), publishDuePostsTask, purgePersonalDataTask, sendNotificationEmailTask],
        // Single-process default: the app itself runs the publication queue every minute. With a
        // separate worker (docker-compose), set JOBS_AUTORUN=false on the app.
        // No cron at all in the app when a worker runs the queue: even scheduling from both would
        // queue the task twice a minute.
        autoRun: jobs.autoRun ?? (process.env.JOBS_AUTORUN === 'false' ? [] : [{ cron: '* * * * *', queue: BALISES_QUEUE }]),
      },
      collections: addCollections(config, options),
      globals: [...globals, policyGlobal(options)].map(withoutVersionEndpoints).map((global) => ({
        ...global,
        hooks: { ...global.hooks, beforeOperation: [guardIncomingGlobalData, ...(global.hooks?.beforeOperation ?? [])] },
      })),
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), clientMistakesAre400, keepValidationErrorData, summariseFieldErrors] },
      onInit: async (payload) => {
        restrictEditLocks(payload)
        await config.onInit?.(payload)
      },
      endpoints: [
        ...(config.endpoints ?? []),
        healthEndpoint('categories'),
        eventsEndpoint,
        moveEndpoint,
        undoMoveEndpoint,
        feedEndpoint,
        ...feedTokenEndpoints,
        activityReportEndpoint,
      ],
      i18n,
      admin: {
        ...admin,
        custom: { ...admin.custom, [CONFIG_CUSTOM_KEY]: { slugs: options.slugs } },
        user: admin.user ?? options.usersSlug,
        dateFormat: admin.dateFormat ?? DATE_TIME_FORMAT,
        timezones: {
          defaultTimezone: options.timeZone,
          supportedTimezones: withCanadianTimezones(options.timeZone),
          ...admin.timezones,
        },
        components: {
          ...admin.components,
          providers: [...(admin.components?.providers ?? []), 'balises/client#BalisesTranslations'],
          beforeDashboard: [...(admin.components?.beforeDashboard ?? []), 'balises/rsc#BalisesDashboard'],
          actions: [...(admin.components?.actions ?? []), 'balises/client#NotificationBell'],
          afterNavLinks: [...(admin.components?.afterNavLinks ?? []), 'balises/rsc#QueueNavLinks', 'balises/client#CalendarNavLink', 'balises/client#ReportsNavLinks', 'balises/client#ToHandleNavLink'],
          views: {
            ...admin.components?.views,
            balisesCalendar: { Component: 'balises/rsc#CalendarView', path: '/calendar', exact: true },
            balisesToHandle: { Component: 'balises/rsc#ToHandleView', path: '/a-traiter', exact: true },
            balisesReports: { Component: 'balises/rsc#ReportsView', path: '/rapports', exact: true },
            balisesDigest: { Component: 'balises/rsc#DigestView', path: '/reunion', exact: true },
            balisesAudienceImport: { Component: 'balises/rsc#AudienceImportView', path: '/import-audience', exact: true },
            balisesPersonAccess: { Component: 'balises/rsc#PersonAccessView', path: '/acces-personne', exact: true },
          },
        },
      },
    }
  }
