import os from 'node:os'
import path from 'node:path'

import type { DatabaseChoice } from './databaseUri'

/**
 * Where this installation's uploaded files live: beside the database they belong to, so two
 * databases (a test's, another instance's) never share files, whatever the working directory.
 * - SQLite file: the folder of the file (`data/balises.db` → `data/media`, `data/consent-forms`).
 * - SQLite in memory: a folder of this process in the system's temporary directory.
 * - MongoDB: `data/uploads/<database name>` in the application's folder.
 */
export function uploadsDirFor(choice: DatabaseChoice, appDir: string): string {
  if (choice.kind === 'sqlite') {
    return choice.file ? path.dirname(choice.file) : path.join(os.tmpdir(), `balises-uploads-${process.pid}`)
  }
  const name = new URL(choice.url.replace(/^mongodb(\+srv)?:/, 'http:')).pathname.replace(/^\//, '')
  return path.resolve(appDir, 'data', 'uploads', /^[A-Za-z0-9_-]+$/.test(name) ? name : 'balises')
}
