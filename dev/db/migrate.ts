import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'
import { withWriteScope } from './writeScope'

/**
 * Applies the committed SQLite migrations (the adapter never pushes a schema, see adapter.ts).
 * MongoDB needs none: it has no schema to migrate.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  // Generated migrations type their arguments precisely; the adapter's signature takes `unknown`.
  // Table rebuilds in migrations turn foreign keys off, which SQLite ignores inside a transaction.
  await withWriteScope(() => payload.db.migrate({ migrations: migrations as unknown as Migration[] }), { withoutTransactions: true })
}
