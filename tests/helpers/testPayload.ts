import type { Payload } from 'payload'

import type { User } from '../../dev/payload-types'
import type { Role } from '../../src/roles'
import { freshDatabaseUri, removeDatabaseFiles } from './databases'

export type TestPayload = { payload: Payload; close: () => Promise<void> }

/**
 * A real Payload on a fresh database (SQLite file, or MongoDB in that CI matrix), migrations applied. Call it once per
 * test file (getPayload caches one instance per process, and the config reads DATABASE_URI when
 * it is first imported).
 */
export async function startTestPayload(): Promise<TestPayload> {
  const databaseUri = freshDatabaseUri('int')
  process.env.DATABASE_URI = databaseUri
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { applyMigrations } = await import('../../dev/db/migrate')
  const payload = await getPayload({ config })
  await applyMigrations(payload)
  return {
    payload,
    close: async () => {
      if (payload.db.name === 'mongoose') {
        await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase()
      }
      await payload.destroy()
      removeDatabaseFiles(databaseUri)
    },
  }
}

let counter = 0

/** A real account with the given roles (fixture set-up runs as the system). */
export async function createUser(
  payload: Payload,
  roles: Role[],
  extra: Partial<User> = {},
): Promise<User & { collection: 'users'; password: string }> {
  counter++
  const password = `Mot-de-passe-${counter}-${Date.now()}`
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${roles.join('-') || 'none'}-${counter}@test.balises.test`,
      password,
      name: `Test ${roles.join(' ')} ${counter}`,
      roles,
      codeOfConductAcceptedAt: new Date().toISOString(),
      ...extra,
    },
  })
  return { ...user, collection: 'users', password }
}
