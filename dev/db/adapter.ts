import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseChoice } from './databaseUri'
import { withSqliteTransactions } from './sqliteTransactions'

const MONGO_SERVER_SELECTION_MS = 5000

/** Loads only the adapter that DATABASE_URI chose. */
export async function loadDatabaseAdapter(choice: DatabaseChoice, migrationDir: string): Promise<DatabaseAdapterObj> {
  if (choice.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({
      url: choice.url,
      connectOptions: { serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_MS },
    })
  }
  if (choice.file) fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  const { index } = await import('@payloadcms/db-sqlite/drizzle/sqlite-core')
  const adapter = sqliteAdapter({
    client: { url: choice.url },
    // Only a file database can use a write-ahead log; :memory: cannot.
    wal: choice.file ? true : false,
    // The schema always comes from the committed migrations (dev/db/migrate.ts), in dev and production alike.
    push: false,
    migrationDir,
    // AUTOINCREMENT: the ID of a deleted row is never given again (SQLite reuses the highest rowid
    // otherwise), so a new person never inherits a deleted one's ID, consents or audit entries.
    autoIncrement: true,
    // The calendar reads the latest version of posts by publication date. Payload indexes
    // `latest` and `version_publish_at` apart, and SQLite (without statistics) picks `latest` and
    // scans every post; this pair finds a month directly (bench:range: SQL 39 ms → 9 ms at 50,000).
    afterSchemaInit: [
      ({ schema, extendTable }) => {
        extendTable({
          table: schema.tables._posts_v,
          extraConfig: (table) => ({
            _posts_v_latest_publish_at_idx: index('_posts_v_latest_publish_at_idx').on(table.latest, table.version_publishAt),
          }),
        })
        return schema
      },
    ],
  })
  // Each write operation is one SQLite transaction, and writers take turns (see sqliteTransactions.ts).
  return withSqliteTransactions(adapter)
}
