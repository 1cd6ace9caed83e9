import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A fresh, empty database for one test file or one app under test: a temporary SQLite file by
 * default, or a new database on the MongoDB server of TEST_MONGODB_URI (the MongoDB CI matrix).
 */
export function freshDatabaseUri(label: string): string {
  const mongo = process.env.TEST_MONGODB_URI
  if (mongo) {
    const url = new URL(mongo)
    url.pathname = `/balises-${label}-${crypto.randomBytes(4).toString('hex')}`
    return url.toString()
  }
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `balises-${label}-`))
  return `file:${path.join(directory, `${label}.db`)}`
}

/** Removes a SQLite test file's folder; MongoDB test databases are dropped by their Payload. */
export function removeDatabaseFiles(uri: string): void {
  if (!uri.startsWith('file:')) return
  fs.rmSync(path.dirname(uri.slice('file:'.length)), { recursive: true, force: true })
}
