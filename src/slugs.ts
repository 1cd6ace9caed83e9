import type { Payload, PayloadRequest, SanitizedConfig } from 'payload'

/**
 * The one place that knows Balises' collection and global slugs. A host whose config already has a
 * `media` or `posts` collection renames Balises' own with `balises({ slugs: { media: 'social-media' } })`;
 * every query, relationship, link and endpoint then reads the slug from here.
 */
export const DEFAULT_SLUGS = {
  posts: 'posts',
  media: 'media',
  positions: 'positions',
  categories: 'categories',
  people: 'people',
  consents: 'consents',
  consentForms: 'consent-forms',
  privacyTasks: 'privacy-tasks',
  audienceSnapshots: 'audience-snapshots',
  meetings: 'meetings',
  moderationLog: 'moderation-log',
  helpRequests: 'help-requests',
  auditLog: 'audit-log',
  purgeLog: 'purge-log',
  comments: 'comments',
  notifications: 'notifications',
  channelAccounts: 'channel-accounts',
  deliveries: 'deliveries',
  /** The policy settings global. */
  policy: 'policy',
  /** The host's (or Balises') auth collection of staff accounts: the `usersSlug` option. */
  users: 'users',
} as const

export type SlugKey = keyof typeof DEFAULT_SLUGS
/**
 * Typed as the default slugs so Local API calls and `relationTo` type-check against the dev host's
 * generated types; at run time each holds the host's slug (`'social-posts'`…). Compare with it, never
 * with a literal.
 */
export type BalisesSlugs = { readonly [K in SlugKey]: (typeof DEFAULT_SLUGS)[K] }
/** What a host may rename (`users` comes from the `usersSlug` option). */
export type SlugOverrides = Partial<Record<Exclude<SlugKey, 'users'>, string>>

const SLUG_PATTERN = /^[a-z][a-z0-9-]*$/

/** Defaults, the host's overrides, and a fail-fast `[balises]` error for a bad or repeated slug. */
export function resolveSlugs(overrides: SlugOverrides = {}, usersSlug: string = DEFAULT_SLUGS.users): BalisesSlugs {
  const slugs: Record<SlugKey, string> = { ...DEFAULT_SLUGS, users: usersSlug }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue
    if (!(key in DEFAULT_SLUGS) || key === 'users') {
      throw new Error(
        `[balises] slugs.${key} is not a Balises collection; known: ${Object.keys(DEFAULT_SLUGS)
          .filter((k) => k !== 'users')
          .join(', ')}`,
      )
    }
    slugs[key as SlugKey] = value
  }
  for (const [key, value] of Object.entries(slugs)) {
    if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
      throw new Error(`[balises] slugs.${key} must be a slug such as "${DEFAULT_SLUGS[key as SlugKey]}", got "${String(value)}"`)
    }
  }
  const collectionSlugs = Object.entries(slugs).filter(([key]) => key !== 'policy')
  const seen = new Map<string, string>()
  for (const [key, value] of collectionSlugs) {
    const other = seen.get(value)
    if (other) throw new Error(`[balises] slugs.${other} and slugs.${key} are both "${value}"; each collection needs its own slug`)
    seen.set(value, key)
  }
  return slugs as unknown as BalisesSlugs
}

/** Where the plugin leaves its resolved slugs in the sanitized config (server side). */
export const CONFIG_CUSTOM_KEY = 'balises'

/** Anything the running code holds that leads to the sanitized config. */
export type ConfigSource = Payload | PayloadRequest | { payload: Payload } | SanitizedConfig

export function configOf(source: ConfigSource): SanitizedConfig {
  if ('config' in source && source.config && 'collections' in source.config) return source.config as SanitizedConfig
  if ('payload' in source && source.payload) return source.payload.config
  return source as SanitizedConfig
}

/** The slugs of the running Balises, read from the config the plugin wrote them into. */
export function slugsOf(source: ConfigSource): BalisesSlugs {
  const custom = configOf(source).custom as Record<string, { slugs?: BalisesSlugs } | undefined> | undefined
  return custom?.[CONFIG_CUSTOM_KEY]?.slugs ?? DEFAULT_SLUGS
}
