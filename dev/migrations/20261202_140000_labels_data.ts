import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

/** « marie.tremblay@… » → « marie.tremblay »: a name for an account created before names were required. */
export function nameFromEmail(email: unknown): string {
  const local = typeof email === 'string' ? (email.split('@')[0] ?? '').trim() : ''
  return local || 'Compte'
}

/**
 * Accounts created before the name was required get one from their e-mail's local part, before the
 * schema migration makes the column NOT NULL (it copies the table: a missing name would stop it).
 * Local API only, so the same migration runs on SQLite and MongoDB.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const users = payload.config.admin.user
  for (;;) {
    const { docs } = await payload.find({
      collection: users as 'users',
      where: { or: [{ name: { exists: false } }, { name: { equals: '' } }] },
      limit: 100,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) return
    for (const doc of docs) {
      await payload.update({
        collection: users as 'users',
        id: doc.id,
        data: { name: nameFromEmail(doc.email) },
        overrideAccess: true,
        req,
        context: { balisesMigration: true },
      })
    }
  }
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Names given from e-mails are kept: nothing tells them from names typed by people.
}
