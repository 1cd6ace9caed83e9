import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { normalisePhraseList } from '../../src/policy/phraseList'
import { slugsOf } from '../../src/slugs'

type StoredPolicy = {
  forbiddenPatterns?: unknown
  allowedPhrases?: unknown
  legacyForbiddenPatterns?: unknown
  legacyAllowedPhrases?: unknown
  consentRetentionMonths?: number | null
}

const LISTS = [
  { list: 'forbiddenPatterns', legacy: 'legacyForbiddenPatterns' },
  { list: 'allowedPhrases', legacy: 'legacyAllowedPhrases' },
] as const

/**
 * The FORBID-1 lists became string[] (one phrase an item). A policy saved before keeps its rows:
 * on SQLite in the former array tables (read as `legacy…`, same tables), on MongoDB as `{ pattern }`
 * / `{ phrase }` objects under the list's own key. Both are moved into the lists, and the legacy
 * rows emptied. Local API only (SQLite and MongoDB); a second run changes nothing.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const slug = slugsOf(payload).policy as 'policy'
  const stored = (await payload.findGlobal({ slug, depth: 0, overrideAccess: true, req })) as StoredPolicy & { updatedAt?: string }
  if (!stored?.updatedAt) return
  const data: Record<string, unknown> = {}
  for (const { list, legacy } of LISTS) {
    const legacyRows = normalisePhraseList(stored[legacy]) ?? []
    const current = stored[list]
    const currentIsRows = Array.isArray(current) && current.some((item) => typeof item !== 'string')
    if (legacyRows.length === 0 && !currentIsRows) continue
    const texts = normalisePhraseList(current) ?? []
    data[list] = normalisePhraseList([...texts, ...legacyRows]) ?? []
    data[legacy] = []
  }
  if (Object.keys(data).length === 0) return
  await payload.updateGlobal({ slug, data, overrideAccess: true, req, context: { balisesMigration: true } })
}

/** Back to rows: the lists are copied into the former array tables (the schema migration's down drops the lists). */
export async function down({ payload, req }: MigrateDownArgs): Promise<void> {
  const slug = slugsOf(payload).policy as 'policy'
  const stored = (await payload.findGlobal({ slug, depth: 0, overrideAccess: true, req })) as StoredPolicy & { updatedAt?: string }
  if (!stored?.updatedAt) return
  await payload.updateGlobal({
    slug,
    data: {
      legacyForbiddenPatterns: (normalisePhraseList(stored.forbiddenPatterns) ?? []).map((pattern) => ({ pattern })),
      legacyAllowedPhrases: (normalisePhraseList(stored.allowedPhrases) ?? []).map((phrase) => ({ phrase })),
    },
    overrideAccess: true,
    req,
  })
}
