import crypto from 'node:crypto'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

/**
 * What may legitimately change without any write request, and so what the fingerprint leaves out:
 * only these fields of accounts (auth collections), written by logging in (checked on Payload 3.90):
 * - a successful login adds to `sessions` (and drops expired ones), nothing else;
 * - a failed login counts in `loginAttempts`, sets `lockUntil` at the limit, and Payload's adapter
 *   then stamps `updatedAt`; the next successful login resets them, stamping `updatedAt` again.
 * Everything else of every document, version and global is hashed, Payload's own collections
 * included (jobs, locked documents, preferences, migrations, key-value store). A write this list
 * hides would have to change nothing but these four fields of an account.
 */
export const LOGIN_SIDE_EFFECT_FIELDS: readonly string[] = ['sessions', 'loginAttempts', 'lockUntil', 'updatedAt']

export type Fingerprint = {
  /** sha256 over everything below. */
  hash: string
  /** Per table-like unit (`posts`, `posts (versions)`, `policy (global)`…): row count and sha256. */
  parts: Record<string, { count: number; hash: string }>
}

type Doc = Record<string, unknown>

/** JSON with object keys sorted at every level, so the same content always gives the same text. */
export function canonicalJSON(value: unknown): string {
  return JSON.stringify(normalise(value))
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Doc
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, normalise(record[key])]),
    )
  }
  if (typeof value === 'bigint') return value.toString()
  return value
}

function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex')
}

function withoutIgnored(doc: Doc, ignored: readonly string[]): Doc {
  if (ignored.length === 0) return doc
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !ignored.includes(key)))
}

function part(docs: Doc[], ignored: readonly string[] = []): { count: number; hash: string } {
  const texts = docs.map((doc) => canonicalJSON(withoutIgnored(doc, ignored))).sort()
  return { count: docs.length, hash: sha256(texts.join('\n')) }
}

/**
 * Counts and content hashes of every collection (with its versions), every global (with its
 * versions), read straight through the database adapter as the system: no access control, no
 * hooks, hidden fields included (password hashes, feed token hashes…). Works on SQLite and MongoDB.
 * Uploaded files on disk are not included (their folder is shared with other test files).
 */
export async function databaseFingerprint(payload: Payload): Promise<Fingerprint> {
  const parts: Fingerprint['parts'] = {}
  for (const collection of payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    parts[slug] = await readPart(async () => {
      const { docs } = await payload.db.find<Doc>({ collection: slug, limit: 0, pagination: false, where: {} })
      const counted = await payload.db.count({ collection: slug, where: {} })
      if (counted.totalDocs !== docs.length) throw new Error(`counts ${counted.totalDocs} rows but lists ${docs.length}`)
      return part(docs, collection.auth ? LOGIN_SIDE_EFFECT_FIELDS : [])
    })
    if (collection.versions) {
      parts[`${slug} (versions)`] = await readPart(async () => {
        const versions = await payload.db.findVersions({ collection: slug, limit: 0, pagination: false, where: {} })
        return part(versions.docs as unknown as Doc[])
      })
    }
  }
  for (const global of payload.config.globals) {
    parts[`${global.slug} (global)`] = await readPart(async () => {
      const doc = (await payload.db.findGlobal({ slug: global.slug, where: {} })) as Doc | null
      return part(doc ? [doc] : [])
    })
    if (global.versions) {
      parts[`${global.slug} (global versions)`] = await readPart(async () => {
        const versions = await payload.db.findGlobalVersions({ global: global.slug as GlobalSlug, limit: 0, pagination: false, where: {} })
        return part(versions.docs as unknown as Doc[])
      })
    }
  }
  return { hash: sha256(canonicalJSON(parts)), parts }
}

/** A table the adapter can no longer read (e.g. an invalid date stored in it) is a change too, not a crash of the check. */
async function readPart(read: () => Promise<{ count: number; hash: string }>): Promise<{ count: number; hash: string }> {
  try {
    return await read()
  } catch (error) {
    return { count: -1, hash: `unreadable: ${(error as Error).message.split('\n')[0].slice(0, 200)}` }
  }
}

/** The units whose count or content differs, e.g. `posts: 3 → 4 rows` or `users: content changed`. */
export function fingerprintChanges(before: Fingerprint, after: Fingerprint): string[] {
  const names = [...new Set([...Object.keys(before.parts), ...Object.keys(after.parts)])].sort()
  const changes: string[] = []
  for (const name of names) {
    const a = before.parts[name]
    const b = after.parts[name]
    if (!a || !b) changes.push(`${name}: ${a ? 'gone' : 'appeared'}`)
    else if (a.count !== b.count) changes.push(`${name}: ${a.count} → ${b.count} rows`)
    else if (b.count === -1) changes.push(`${name}: ${b.hash}`)
    else if (a.hash !== b.hash) changes.push(`${name}: content changed`)
  }
  return changes
}
