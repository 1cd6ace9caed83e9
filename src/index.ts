import os from 'node:os'
import path from 'node:path'

import type { AfterErrorHook, CollectionConfig, Config, Field, GlobalConfig, Payload } from 'payload'

import { en as payloadEn } from '@payloadcms/translations/languages/en'
import { fr as payloadFr } from '@payloadcms/translations/languages/fr'

import { categoriesCollection } from '../collections/Categories'
import { channelAccountsCollection } from '../collections/ChannelAccounts'
import { deliveriesCollection } from '../collections/Deliveries'
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
import { MARK_DATA_URL } from './branding'
import { payloadOverrides } from './translations/payloadOverrides'
import { accountBaseFields, hostAccountsAccess, withoutOthersSessions, withPrivateAccountFields } from './access/accountFields'
import { recordCodeOfConductAcceptance } from '../hooks/recordCodeOfConductAcceptance'
import { clientMistakesAre400 } from '../hooks/clientMistakes'
import { guardIncomingData, guardIncomingGlobalData } from '../hooks/guardIncomingData'
import { keepValidationErrorData } from '../hooks/keepValidationErrorData'
import { summariseFieldErrors } from '../hooks/summariseFieldErrors'
import { withFormHelpers } from './forms/formHelpers'
import { publishDuePostsTask } from './jobs/publishDuePosts'
import { BALISES_QUEUE } from './jobs/queue'
import { isAdminRequest } from './access/isAdmin'
import { withoutJobsEndpoints } from './jobs/withoutJobsEndpoints'
import { purgePersonalDataTask } from './jobs/purgeTask'
import { sendNotificationEmailTask } from './jobs/emailTask'
import { DELIVERY_TASKS } from './deliveries/tasks'
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
import { registerRolesField } from './roles'
import { seedPolicyDefaults } from './policy/seedDefaults'
import { resolveOptions, type BalisesOptions, type ResolvedBalisesOptions } from './options'
import { withCanadianTimezones } from './time/timezones'
import { megabytes, MULTIPART_OVERHEAD_BYTES } from './uploadLimit'
import { balisesTranslations, recordMergedTranslations } from './translations'
import { DATE_TIME_FORMAT, withDateDisplay, withGlobalDateDisplay } from '../collections/dateDisplay'

export type { BalisesOptions } from './options'

function fieldNames(fields: Field[]): Set<string> {
  return new Set(fields.flatMap((field) => ('name' in field ? [field.name] : [])))
}

/** Adds Balises' account fields and hook to the host's own auth collection, keeping all it has. */
function extendUsers(existing: CollectionConfig, options: ResolvedBalisesOptions): CollectionConfig {
  if (!existing.auth) {
    throw new Error(`[balises] collection "${existing.slug}" must be an auth collection to hold staff accounts`)
  }
  const present = fieldNames(existing.fields)
  if (present.has(options.rolesField)) {
    // Skipping ours would let the host's field win silently: Balises' roles could never be given.
    throw new Error(
      `[balises] collection "${existing.slug}" already has a field "${options.rolesField}"; pass rolesField: 'balisesRoles' (or another free name) to balises() for Balises' roles`,
    )
  }
  const added = [...usersFields(options.rolesField), ...accountBaseFields(existing, present)]
  const fields = [...existing.fields, ...added.filter((field) => !('name' in field && present.has(field.name)))]
  if (!options.enabled) return { ...existing, fields }
  // Colleagues by name (src/access/accountFields.ts): role holders read the accounts, of another's only its name.
  const access = hostAccountsAccess(existing.access?.read)
  return {
    ...existing,
    access: { ...existing.access, read: access.read },
    fields: withPrivateAccountFields(fields, access.wholeAccount),
    hooks: {
      ...existing.hooks,
      beforeChange: [firstUserIsAdmin, ...(existing.hooks?.beforeChange ?? []), recordCodeOfConductAcceptance],
      afterRead: [...(existing.hooks?.afterRead ?? []), withoutOthersSessions],
    },
    endpoints: [...(Array.isArray(existing.endpoints) ? existing.endpoints : []), acceptCodeOfConductEndpoint(options.slugs.users)],
  }
}

/** Balises' collections and global without their hooks, endpoints and admin components (`enabled: false`). */
function dormant<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  const { hooks: _hooks, endpoints: _endpoints, ...rest } = entity
  return { ...rest, admin: { ...entity.admin, components: undefined } } as T
}

/** The input guard first of all: bad bodies and queries get a 400 before anything else (or Payload) reads them. */
function guarded(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [guardIncomingData, ...(collection.hooks?.beforeOperation ?? [])] },
  }
}

function guardedGlobal(global: GlobalConfig): GlobalConfig {
  return { ...global, hooks: { ...global.hooks, beforeOperation: [guardIncomingGlobalData, ...(global.hooks?.beforeOperation ?? [])] } }
}

/**
 * A config-level `afterError` hook that leaves the host's own collections alone (unless it opted
 * in): it acts on Balises' collections, the staff accounts, Payload's own (jobs, preferences…) and
 * errors outside any collection (endpoints, globals).
 */
function notOnHostCollections(hook: AfterErrorHook, hostOnly: Set<string>): AfterErrorHook {
  return (args) => (args.collection && hostOnly.has(args.collection.slug) ? undefined : hook(args))
}

function addCollections(config: Config, options: ResolvedBalisesOptions): CollectionConfig[] {
  const collections = [...(config.collections ?? [])]
  // Daily work first in the admin's navigation: posts, then the policy's lists, then accounts.
  const hostSlugs = new Set(collections.map((collection) => collection.slug))
  for (const added of [
    postsCollection(options),
    mediaCollection(options),
    positionsCollection(options),
    categoriesCollection(options),
    peopleCollection(options),
    consentsCollection(options),
    consentFormsCollection(options),
    privacyTasksCollection(options),
    audienceSnapshotsCollection(options),
    meetingsCollection(options),
    moderationLogCollection(options),
    helpRequestsCollection(options),
    auditLogCollection(options),
    purgeLogCollection(options),
    commentsCollection(options),
    notificationsCollection(options),
    deliveriesCollection(options),
    channelAccountsCollection(options),
  ]) {
    if (collections.some((collection) => collection.slug === added.slug)) {
      const key = Object.entries(options.slugs).find(([, slug]) => slug === added.slug)?.[0] ?? added.slug
      throw new Error(
        `[balises] the host config already has a collection "${added.slug}"; give Balises' another slug: balises({ slugs: { ${key}: '…' } })`,
      )
    }
    collections.push(options.enabled ? added : dormant(added))
  }
  const usersIndex = collections.findIndex((collection) => collection.slug === options.usersSlug)
  if (usersIndex >= 0) collections[usersIndex] = extendUsers(collections[usersIndex], options)
  else collections.push(options.enabled ? usersCollection(options) : dormant(usersCollection(options)))
  if (!options.enabled) return collections
  // The staff accounts carry Balises' fields: guarded like Balises' own collections.
  const isOurs = (slug: string) => !hostSlugs.has(slug) || slug === options.usersSlug
  return collections
    .map(withoutVersionEndpoints)
    .map(withFormHelpers(options.slugs))
    .map((collection) => (isOurs(collection.slug) ? withDateDisplay(collection) : collection))
    .map((collection) => (options.guardHostCollections || isOurs(collection.slug) ? guarded(collection) : collection))
}

/** The host's own collections (the staff accounts excepted: they carry Balises' fields). */
function hostOnlySlugs(config: Config, options: ResolvedBalisesOptions): Set<string> {
  return new Set((config.collections ?? []).map((collection) => collection.slug).filter((slug) => slug !== options.usersSlug))
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
    const { balises: hostBalises = {}, ...hostPayload } = host as { balises?: Record<string, unknown> } & Record<string, unknown>
    merged[language] = deepMerge(strings, hostBalises)
    // Balises' rewording of Payload's own phrases (src/translations/payloadOverrides.ts), the host's on top.
    translations[language] = { ...deepMerge(payloadOverrides[language] ?? {}, hostPayload), balises: merged[language] }
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
 * Single-process default: the app itself runs the publication queue every minute. With a separate
 * worker (docker-compose), `jobsAutoRun: false`: no cron at all in the app, since even scheduling
 * from both would queue the task twice a minute.
 */
function autoRunOf(options: ResolvedBalisesOptions): NonNullable<Config['jobs']>['autoRun'] {
  return options.jobsAutoRun ? [{ cron: '* * * * *', queue: BALISES_QUEUE }] : []
}

/** After the host's own onInit: the categories and policy defaults, once (see src/policy/seedDefaults.ts). */
async function seedOnInit(payload: Payload, options: ResolvedBalisesOptions): Promise<void> {
  try {
    const report = await seedPolicyDefaults(payload, { timeZone: options.timeZone })
    if (report && (report.categoriesCreated > 0 || report.policySeeded)) {
      payload.logger.info(`[balises] seeded ${report.categoriesCreated} categories${report.policySeeded ? ' and the policy defaults' : ''}`)
    }
  } catch (error) {
    // A failed seed must not stop the app (e.g. a schema whose new migrations are not applied yet):
    // the next start tries again; until then CAT refuses submissions for want of categories.
    const reason = error instanceof Error ? error.message : String(error)
    payload.logger.warn(`[balises] categories and policy defaults not seeded (${reason}); the next start tries again`)
  }
}

/**
 * `enabled: false`: the same schema (collections, fields, global, job tasks) so migrations and
 * types do not change, but none of Balises' hooks, endpoints, scheduled jobs, admin components,
 * views or seeding.
 */
function dormantConfig(
  config: Config,
  options: ResolvedBalisesOptions,
  collections: CollectionConfig[],
  policy: GlobalConfig,
  custom: Record<string, unknown>,
  clientCustom: Record<string, unknown>,
  i18n: NonNullable<Config['i18n']>,
): Config {
  const jobs = config.jobs ?? {}
  return {
    ...config,
    custom: { ...config.custom, [CONFIG_CUSTOM_KEY]: custom },
    collections,
    globals: [...(config.globals ?? []), policy],
    // The tasks shape the jobs collection's schema; nothing schedules them. Access stays closed.
    jobs: {
      ...jobs,
      access: { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest, ...jobs.access },
      jobsCollectionOverrides: withoutJobsEndpoints(jobs.jobsCollectionOverrides),
      tasks: [...(jobs.tasks ?? []), publishDuePostsTask, purgePersonalDataTask, sendNotificationEmailTask, ...DELIVERY_TASKS],
    },
    i18n,
    admin: {
      ...config.admin,
      custom: { ...config.admin?.custom, [CONFIG_CUSTOM_KEY]: clientCustom },
      user: config.admin?.user ?? options.usersSlug,
    },
  }
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
    // User objects carry their collection's slug, not the config: hasRole finds the field from it.
    registerRolesField(options.usersSlug, options.rolesField)
    const globals = config.globals ?? []
    if (globals.some((global) => global.slug === options.slugs.policy)) {
      throw new Error(
        `[balises] the host config already has a global "${options.slugs.policy}"; give Balises' another slug: balises({ slugs: { policy: '…' } })`,
      )
    }
    const admin = config.admin ?? {}
    const jobs = config.jobs ?? {}
    const upload = config.upload ?? {}
    const fileSize = upload.limits?.fileSize ?? megabytes(options.maxUploadMB)
    const collections = addCollections(config, options)
    const policy = withGlobalDateDisplay(policyGlobal(options))
    // Every module reads these from here (src/slugs.ts, src/runtimeOptions.ts); the admin's copy reaches the browser.
    const custom = { slugs: options.slugs, rolesField: options.rolesField, trustProxy: options.trustProxy, enabled: options.enabled }
    const clientCustom = { slugs: options.slugs, rolesField: options.rolesField }
    if (!options.enabled) return dormantConfig(config, options, collections, dormant(policy), custom, clientCustom, i18n)
    const hostOnly = hostOnlySlugs(config, options)
    const formatters = [clientMistakesAre400, keepValidationErrorData, summariseFieldErrors]
    return {
      ...config,
      custom: { ...config.custom, [CONFIG_CUSTOM_KEY]: custom },
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
        tasks: [...(jobs.tasks ?? []), publishDuePostsTask, purgePersonalDataTask, sendNotificationEmailTask, ...DELIVERY_TASKS],
        autoRun: jobs.autoRun ?? autoRunOf(options),
      },
      collections,
      globals: [...globals.map((global) => (options.guardHostCollections ? guardedGlobal(global) : global)), guardedGlobal(policy)].map(
        withoutVersionEndpoints,
      ),
      hooks: {
        ...config.hooks,
        afterError: [
          ...(config.hooks?.afterError ?? []),
          ...(options.guardHostCollections ? formatters : formatters.map((hook) => notOnHostCollections(hook, hostOnly))),
        ],
      },
      onInit: async (payload) => {
        restrictEditLocks(payload)
        await config.onInit?.(payload)
        await seedOnInit(payload, options)
      },
      endpoints: [
        ...(config.endpoints ?? []),
        healthEndpoint(options.slugs.categories),
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
        custom: { ...admin.custom, [CONFIG_CUSTOM_KEY]: clientCustom },
        user: admin.user ?? options.usersSlug,
        dateFormat: admin.dateFormat ?? DATE_TIME_FORMAT,
        timezones: {
          defaultTimezone: options.timeZone,
          supportedTimezones: withCanadianTimezones(options.timeZone),
          ...admin.timezones,
        },
        // Balises' name and mark, unless the host brands its admin itself.
        meta: {
          ...admin.meta,
          titleSuffix: admin.meta?.titleSuffix ?? ' — Balises',
          icons: admin.meta?.icons ?? [{ rel: 'icon', type: 'image/svg+xml', url: MARK_DATA_URL }],
        },
        components: {
          ...admin.components,
          graphics: {
            ...admin.components?.graphics,
            Logo: admin.components?.graphics?.Logo ?? 'balises/client#BalisesLogo',
            Icon: admin.components?.graphics?.Icon ?? 'balises/client#BalisesIcon',
          },
          // Registers the roles field in the browser before any component asks hasRole.
          providers: ['balises/client#BalisesRolesProvider', ...(admin.components?.providers ?? []), 'balises/client#BalisesTranslations'],
          beforeDashboard: [...(admin.components?.beforeDashboard ?? []), 'balises/rsc#BalisesDashboard'],
          actions: [...(admin.components?.actions ?? []), 'balises/client#NotificationBell'],
          afterNavLinks: [
            ...(admin.components?.afterNavLinks ?? []),
            'balises/rsc#QueueNavLinks',
            'balises/client#CalendarNavLink',
            'balises/client#ReportsNavLinks',
            'balises/client#ToHandleNavLink',
          ],
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
