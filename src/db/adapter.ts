import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseChoice } from './databaseUri'

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
  return sqliteAdapter({
    client: { url: choice.url },
    // Only a file database can use a write-ahead log; :memory: cannot.
    wal: choice.file ? true : false,
    // The schema always comes from the committed migrations (src/db/migrate.ts), in dev and production alike.
    push: false,
    migrationDir,
  })
}
