import path from 'node:path'

import { resolveSlugs, type BalisesSlugs, type SlugOverrides } from './slugs'
import { DEFAULT_MAX_UPLOAD_MB } from './uploadLimit'

export type BalisesOptions = {
  /** Slug of the auth collection that holds staff accounts. Created if the host has none. */
  usersSlug?: string
  /** Default time zone of the policy settings (IANA name). */
  timeZone?: string
  /** Largest file an upload may carry, in megabytes (413 above it). */
  maxUploadMB?: number
  /**
   * Folder of uploaded files (`media/`, `consent-forms/` inside it). Hosts pass the folder that
   * belongs to their database (see src/db/uploadsDir.ts); the default is `data/` of the working directory.
   */
  uploadsDir?: string
  /** New slugs for Balises' collections and policy global, when the host already uses a default one. */
  slugs?: SlugOverrides
}

export type ResolvedBalisesOptions = Required<Omit<BalisesOptions, 'slugs'>> & { slugs: BalisesSlugs }

export const DEFAULT_OPTIONS: ResolvedBalisesOptions = {
  usersSlug: 'users',
  timeZone: 'America/Toronto',
  maxUploadMB: DEFAULT_MAX_UPLOAD_MB,
  uploadsDir: 'data',
  slugs: resolveSlugs(),
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

/** Fills in defaults and fails fast, naming the option, on a bad value. */
export function resolveOptions(options: BalisesOptions = {}): ResolvedBalisesOptions {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined))
  const resolved: ResolvedBalisesOptions = { ...DEFAULT_OPTIONS, ...given, slugs: DEFAULT_OPTIONS.slugs }
  if (!/^[a-z][a-z0-9-]*$/.test(resolved.usersSlug)) {
    throw new Error(`[balises] usersSlug must be a collection slug such as "users", got "${resolved.usersSlug}"`)
  }
  if (!isValidTimeZone(resolved.timeZone)) {
    throw new Error(`[balises] timeZone must be an IANA time zone such as "America/Toronto", got "${resolved.timeZone}"`)
  }
  if (!(typeof resolved.maxUploadMB === 'number' && Number.isFinite(resolved.maxUploadMB) && resolved.maxUploadMB > 0)) {
    throw new Error(`[balises] maxUploadMB must be a positive number of megabytes, got "${String(resolved.maxUploadMB)}"`)
  }
  return { ...resolved, slugs: resolveSlugs(options.slugs, resolved.usersSlug), uploadsDir: path.resolve(resolved.uploadsDir) }
}
