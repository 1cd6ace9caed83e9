import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { RichTextAdapterProvider } from 'payload'

import { resolveSlugs, type BalisesSlugs, type SlugOverrides } from './slugs'
import { DEFAULT_MAX_UPLOAD_MB } from './uploadLimit'

// Payload's own type of a config-level or field-level rich-text editor.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BalisesEditor = RichTextAdapterProvider<any, any, any>

/**
 * What a host passes to `balises(options)`. The plugin reads no environment variable: a host maps
 * its own environment to these options in its payload.config.ts.
 */
export type BalisesOptions = {
  /**
   * Off (false): Balises' collections and global are still added (the schema, migrations and types
   * do not change) but its hooks, endpoints, jobs, admin components and views, and seeding are not.
   * Default true.
   */
  enabled?: boolean
  /** Slug of the auth collection that holds staff accounts. Created if the host has none. */
  usersSlug?: string
  /**
   * Name of Balises' roles field on the users collection (default `'roles'`). A host whose users
   * collection already has a `roles` field passes another name, e.g. `'balisesRoles'`.
   */
  rolesField?: string
  /**
   * Rich-text editor of Balises' rich-text fields (a post's body). Default: Balises' own
   * `lexicalEditor()`, so a host without a config-level editor works. The rules read Lexical's
   * JSON: another editor must store Lexical-shaped documents.
   */
  editor?: BalisesEditor
  /** Default time zone of the policy settings (IANA name). */
  timeZone?: string
  /** Largest file an upload may carry, in megabytes (413 above it). The host maps e.g. MAX_UPLOAD_MB to it. */
  maxUploadMB?: number
  /**
   * Folder of uploaded files (`media/`, `consent-forms/` inside it). The host maps its environment
   * or database to it (this repository's host: src/db/uploadsDir.ts); default `data/` of the working directory.
   */
  uploadsDir?: string
  /**
   * True (default): the app runs the balises queue every minute itself. False when a separate
   * worker runs `payload jobs:run` (the app then schedules nothing, or the task would be queued twice).
   */
  jobsAutoRun?: boolean
  /** Session cookies sent over HTTPS only. Default: true when NODE_ENV is `production`. */
  cookieSecure?: boolean
  /**
   * Believe `X-Forwarded-Host`/`-Proto` (the host behind a reverse proxy) when building iCal feed
   * addresses. Default false. The host sets it when its edge trusts its proxy.
   */
  trustProxy?: boolean
  /**
   * False (default): Balises' input guard and error formatters act on its own collections and
   * global only. True: also on the host's collections and globals.
   */
  guardHostCollections?: boolean
  /** New slugs for Balises' collections and policy global, when the host already uses a default one. */
  slugs?: SlugOverrides
}

export type ResolvedBalisesOptions = Required<Omit<BalisesOptions, 'slugs'>> & { slugs: BalisesSlugs }

const FIELD_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/

export function defaultOptions(): ResolvedBalisesOptions {
  return {
    enabled: true,
    usersSlug: 'users',
    rolesField: 'roles',
    editor: lexicalEditor(),
    timeZone: 'America/Toronto',
    maxUploadMB: DEFAULT_MAX_UPLOAD_MB,
    uploadsDir: 'data',
    jobsAutoRun: true,
    cookieSecure: process.env.NODE_ENV === 'production',
    trustProxy: false,
    guardHostCollections: false,
    slugs: resolveSlugs(),
  }
}

function isValidTimeZone(zone: unknown): boolean {
  if (typeof zone !== 'string' || zone === '') return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const BOOLEAN_OPTIONS = ['enabled', 'jobsAutoRun', 'cookieSecure', 'trustProxy', 'guardHostCollections'] as const

/** Fills in defaults and fails fast, naming the option, on a bad value. */
export function resolveOptions(options: BalisesOptions = {}): ResolvedBalisesOptions {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined))
  const defaults = defaultOptions()
  const resolved: ResolvedBalisesOptions = { ...defaults, ...given, slugs: defaults.slugs }
  if (!/^[a-z][a-z0-9-]*$/.test(resolved.usersSlug)) {
    throw new Error(`[balises] usersSlug must be a collection slug such as "users", got "${resolved.usersSlug}"`)
  }
  if (typeof resolved.rolesField !== 'string' || !FIELD_NAME_PATTERN.test(resolved.rolesField)) {
    throw new Error(`[balises] rolesField must be a field name such as "roles" or "balisesRoles", got "${String(resolved.rolesField)}"`)
  }
  if (typeof resolved.editor !== 'function') {
    throw new Error('[balises] editor must be a rich-text editor such as lexicalEditor() from @payloadcms/richtext-lexical')
  }
  if (!isValidTimeZone(resolved.timeZone)) {
    throw new Error(`[balises] timeZone must be an IANA time zone such as "America/Toronto", got "${resolved.timeZone}"`)
  }
  if (!(typeof resolved.maxUploadMB === 'number' && Number.isFinite(resolved.maxUploadMB) && resolved.maxUploadMB > 0)) {
    throw new Error(`[balises] maxUploadMB must be a positive number of megabytes, got "${String(resolved.maxUploadMB)}"`)
  }
  if (typeof resolved.uploadsDir !== 'string' || resolved.uploadsDir.trim() === '') {
    throw new Error(`[balises] uploadsDir must be a folder path such as "data", got "${String(resolved.uploadsDir)}"`)
  }
  for (const name of BOOLEAN_OPTIONS) {
    if (typeof resolved[name] !== 'boolean') {
      throw new Error(`[balises] ${name} must be true or false, got "${String(resolved[name])}"`)
    }
  }
  return { ...resolved, slugs: resolveSlugs(options.slugs, resolved.usersSlug), uploadsDir: path.resolve(resolved.uploadsDir) }
}

export const DEFAULT_OPTIONS: ResolvedBalisesOptions = defaultOptions()
