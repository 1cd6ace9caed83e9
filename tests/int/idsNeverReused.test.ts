import { sql } from '@payloadcms/db-sqlite'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { collectPersonRecord } from '../../src/privacy/personRecord'
import { migrations } from '../../dev/migrations'
import { withWriteScope } from '../../dev/db/writeScope'
import { seed } from '../../dev/seed/seed'
import { freshDatabaseUri, removeDatabaseFiles } from '../helpers/databases'
import { createConsent, createPerson } from '../helpers/fixtures'
import { createUser } from '../helpers/testPayload'
import { sqliteFingerprint, tableChanges } from '../e2e/helpers/sqliteFingerprint'

type Row = Record<string, unknown>
type SqliteDrizzle = { all: (query: unknown) => Promise<Row[]> }

const AUTOINCREMENT_MIGRATION = '20261201_230252_autoincrement_ids'

/**
 * SQLite reuses the highest rowid of a deleted row unless the table is AUTOINCREMENT: a new
 * person would get a deleted person's ID, and with it their consent history in the access export.
 * This file puts data in, deletes the newest person, takes the database back to the schema one
 * migration short, and then applies the migration the way `npm start` does.
 */
describe('deleted people’s IDs are never given again (SQLite AUTOINCREMENT, migration keeps the data)', () => {
  let payload: Payload
  let databaseUri: string
  const raw = (query: string) => (payload.db as unknown as { drizzle: SqliteDrizzle }).drizzle.all(sql.raw(query))
  const migrate = (list: unknown[]) =>
    withWriteScope(() => payload.db.migrate({ migrations: list as Migration[] }), { withoutTransactions: true })
  /** Runs these migrations' `down`, in the order given, and forgets that they ran. */
  const undo = (list: typeof migrations) =>
    withWriteScope(
      async () => {
        const { createLocalReq } = await import('payload')
        const req = await createLocalReq({}, payload)
        const db = (payload.db as unknown as { drizzle: unknown }).drizzle
        for (const migration of list) {
          await migration.down({ db, payload, req } as never)
          await raw(`DELETE FROM payload_migrations WHERE name = '${migration.name}'`)
        }
      },
      { withoutTransactions: true },
    )

  beforeAll(async () => {
    databaseUri = freshDatabaseUri('int')
    process.env.DATABASE_URI = databaseUri
    const { default: config } = await import('@payload-config')
    const { getPayload } = await import('payload')
    payload = await getPayload({ config })
  })
  afterAll(async () => {
    await payload?.destroy()
    removeDatabaseFiles(databaseUri)
  })

  let deletedPersonId: number
  let deletedConsentId: number

  it('the migration rebuilds every table with AUTOINCREMENT and keeps every row and reference', async () => {
    if (payload.db.name !== 'sqlite') return
    const index = migrations.findIndex((migration) => migration.name === AUTOINCREMENT_MIGRATION)
    expect(index).toBeGreaterThan(0)
    await migrate(migrations)

    // An installation as a first start leaves it: demo accounts, posts with versions and
    // history, images showing people, consents, audit trail, queued jobs.
    await seed(payload, { demo: true, timeZone: 'America/Toronto', now: new Date('2026-06-15T14:00:00Z') })
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBeGreaterThan(5)
    const author = await createUser(payload, ['redaction'])
    const kept = await createPerson(payload, { fullName: 'Personne Gardée' })
    await createConsent(payload, kept.id, { signatoryName: 'Signataire Gardé' })
    const categoryId = (await payload.find({ collection: 'categories', where: { code: { equals: 'CAT-2' } }, limit: 1 })).docs[0].id
    await payload.create({
      collection: 'posts',
      data: { title: 'Gardée', category: categoryId, channels: [{ channel: 'facebook', text: 'Texte' }] } as never,
      user: author,
      overrideAccess: false,
    })
    const newest = await createPerson(payload, { fullName: 'Personne Supprimée Avant' })
    const consent = await createConsent(payload, newest.id, { signatoryName: 'Signataire Supprimé' })
    deletedPersonId = newest.id
    deletedConsentId = consent.id
    await payload.delete({ collection: 'people', id: newest.id, overrideAccess: true })

    // The seed runs today's code, so it runs on today's schema: the database is then taken back to
    // the schema this migration started from (the later migrations, then this one, undone).
    await undo(migrations.slice(index).reverse())
    expect((await raw(`SELECT sql FROM sqlite_master WHERE name = 'people'`))[0].sql).not.toMatch(/AUTOINCREMENT/)
    const before = await sqliteFingerprint(databaseUri)

    await migrate(migrations.slice(0, index + 1))
    for (const table of ['people', 'consents', 'consent_forms', 'posts', '_posts_v', 'users', 'audit_log', 'purge_log', 'media']) {
      expect((await raw(`SELECT sql FROM sqlite_master WHERE name = '${table}'`))[0].sql, table).toMatch(/PRIMARY KEY AUTOINCREMENT/)
    }
    expect(await raw('PRAGMA foreign_key_check')).toEqual([])
    // Every row of every table as it was; the migration only adds itself to payload_migrations.
    expect(
      tableChanges(before, await sqliteFingerprint(databaseUri)).filter((change) => !change.startsWith('payload_migrations:')),
    ).toEqual([])

    await migrate(migrations)
    const post = (await payload.find({ collection: 'posts', where: { title: { equals: 'Gardée' } }, depth: 0 })).docs[0]
    expect(post.author).toBe(author.id)
    expect(post.category).toBe(categoryId)
  })

  it('a person and a consent created after a deletion (before or after the migration) get new IDs', async () => {
    if (payload.db.name !== 'sqlite') return
    const afterMigration = await createPerson(payload, { fullName: 'Nouvelle Personne' })
    expect(afterMigration.id).toBeGreaterThan(deletedPersonId)
    const consent = await createConsent(payload, afterMigration.id)
    expect(consent.id).toBeGreaterThan(deletedConsentId)

    await payload.delete({ collection: 'people', id: afterMigration.id, overrideAccess: true })
    const next = await createPerson(payload, { fullName: 'Personne Suivante' })
    expect(next.id).toBeGreaterThan(afterMigration.id)
    const nextConsent = await createConsent(payload, next.id)
    expect(nextConsent.id).toBeGreaterThan(consent.id)
  })

  it('a new person’s access export shows none of a deleted person’s consent history', async () => {
    if (payload.db.name !== 'sqlite') return
    const responsable = await createUser(payload, ['responsable'])
    const gone = await createPerson(payload, { fullName: 'Partie' })
    const goneConsent = await createConsent(payload, gone.id, { signatoryName: 'Ancien Signataire' })
    await payload.delete({ collection: 'people', id: gone.id, user: responsable, overrideAccess: false })
    const newcomer = await createPerson(payload, { fullName: 'Arrivée' })
    const newConsent = await createConsent(payload, newcomer.id, { signatoryName: 'Nouveau Signataire' })
    expect(newcomer.id).not.toBe(gone.id)
    expect(newConsent.id).not.toBe(goneConsent.id)
    const { createLocalReq } = await import('payload')
    const record = await collectPersonRecord(await createLocalReq({ user: responsable }, payload), newcomer.id)
    expect(record?.consents.map((consent) => consent.id)).toEqual([newConsent.id])
    // Only the creation of the new consent: nothing of the deleted one (created, then deleted).
    expect(record?.auditLog.map((entry) => [entry.targetId, entry.operation])).toEqual([[String(newConsent.id), 'create']])
  })
})
