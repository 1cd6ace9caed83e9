import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { publishedAtFromHistory, type StoredPost } from '../../src/publication/publishedAtFromHistory'
import { slugsOf } from '../../src/slugs'

type Row = StoredPost & { id: number | string; publishedAt?: string | null }

/** What the dating reads: only these columns, down to the history's (a later migration's column does not exist yet when this one runs). */
const READ = {
  workflowStatus: true,
  history: { from: true, to: true, by: true, at: true },
  publishAt: true,
  publishedAt: true,
  updatedAt: true,
} as const
const DATED_STAGES = ['published', 'archived']
/** `updatedAt: null`: the document's last change stays as it was (this is bookkeeping). */
const KEEP_UPDATED_AT = { updatedAt: null }

/**
 * Every publication dated (issue 13): posts published before `publishedAt` existed get it from their
 * history — the moment of their move to `published` —, else their planned `publishAt`, else their
 * last change (src/publication/publishedAtFromHistory.ts). Written through the database adapter
 * (`payload.db`, SQLite and MongoDB alike) so that no rule or workflow hook re-judges the posts; the
 * versions are dated too, each from its own history (reads with `draft: true` read the latest one).
 * A post already dated is left as it is: running it twice changes nothing.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const collection = slugsOf(payload).posts
  const { docs } = await payload.db.find<Row>({
    collection,
    where: { workflowStatus: { in: DATED_STAGES } },
    select: READ,
    limit: 0,
    pagination: false,
    req,
  })
  for (const doc of docs) {
    const publishedAt = doc.publishedAt ? null : publishedAtFromHistory(doc)
    if (publishedAt)
      await payload.db.updateOne({ collection, id: doc.id, data: { publishedAt, ...KEEP_UPDATED_AT }, req, returning: false })
  }
  const { docs: rows } = await payload.db.findVersions<Row>({
    collection,
    where: { 'version.workflowStatus': { in: DATED_STAGES } },
    select: { version: READ },
    limit: 0,
    pagination: false,
    req,
  })
  for (const row of rows) {
    const version = row.version as Row
    const publishedAt = version.publishedAt ? null : publishedAtFromHistory(version)
    if (publishedAt)
      await payload.db.updateVersion({
        collection,
        id: row.id,
        // A dotted path, alone (SQLite and MongoDB alike): MongoDB would replace a whole `version` object given as one.
        versionData: { 'version.publishedAt': publishedAt } as never,
        req,
        returning: false,
      })
  }
}

/** Nothing to undo here: the schema migration's down removes the column, and the dates with it. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
