import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { DEFAULT_ALLOWED_PHRASES, DEFAULT_FORBIDDEN_PATTERNS } from '../../src/policy/defaults'
import { FORMER_DEFAULT_ALLOWED_PHRASES, FORMER_DEFAULT_FORBIDDEN_PATTERNS } from '../../src/policy/formerDefaults'
import { normalisePhraseList } from '../../src/policy/phraseList'
import { slugsOf } from '../../src/slugs'

const LISTS = [
  { list: 'forbiddenPatterns', former: FORMER_DEFAULT_FORBIDDEN_PATTERNS, current: DEFAULT_FORBIDDEN_PATTERNS },
  { list: 'allowedPhrases', former: FORMER_DEFAULT_ALLOWED_PHRASES, current: DEFAULT_ALLOWED_PHRASES },
] as const

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index])

/**
 * FORBID-1's detector reads stems, gaps and « (personne) » since issue 13, and its default lists
 * were rewritten for it. A policy whose list is still exactly the former default (never edited)
 * gets the new default; a list the organisation edited is theirs and is left alone. Through the
 * database adapter (SQLite and MongoDB alike); a second run changes nothing.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await replaceLists({ payload, req }, 'former', 'current')
}

/** Back to the former defaults, for the lists that hold exactly the new ones. */
export async function down({ payload, req }: MigrateDownArgs): Promise<void> {
  await replaceLists({ payload, req }, 'current', 'former')
}

async function replaceLists({ payload, req }: Pick<MigrateUpArgs, 'payload' | 'req'>, from: 'former' | 'current', to: 'former' | 'current') {
  const slug = slugsOf(payload).policy
  // Only these fields, through the adapter: a column a later migration adds does not exist yet on an older database.
  const select = { forbiddenPatterns: true, allowedPhrases: true, updatedAt: true } as const
  const stored = (await payload.db.findGlobal({ slug, req, select })) as Record<string, unknown> | null
  if (!stored?.updatedAt) return
  const data: Record<string, string[]> = {}
  for (const lists of LISTS) {
    const list = normalisePhraseList(stored[lists.list]) ?? []
    if (same(list, lists[from])) data[lists.list] = [...lists[to]]
  }
  if (Object.keys(data).length === 0) return
  await payload.db.updateGlobal({ slug, data, req, returning: false })
}
