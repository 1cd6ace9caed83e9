import crypto from 'node:crypto'

import { createClient } from '@libsql/client'

/**
 * A SHA-256 of every row of every table of a running app's SQLite file, read from outside the
 * server (the test process holds no Payload): a write refused over HTTP must leave it unchanged.
 */
export async function sqliteFingerprint(databaseUri: string): Promise<Record<string, string>> {
  const client = createClient({ url: databaseUri })
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    const parts: Record<string, string> = {}
    for (const { name } of tables.rows) {
      const rows = await client.execute(`SELECT * FROM "${String(name)}" ORDER BY rowid`)
      const text = rows.rows
        .map((row) => JSON.stringify(Object.values(row), (_, value) => (typeof value === 'bigint' ? value.toString() : value)))
        .join('\n')
      parts[String(name)] = `${rows.rows.length} rows ${crypto.createHash('sha256').update(text).digest('hex').slice(0, 16)}`
    }
    return parts
  } finally {
    client.close()
  }
}

/** The tables whose rows differ, e.g. `posts: 3 rows 1a2b… → 4 rows 3c4d…`. */
export function tableChanges(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  return names.filter((name) => before[name] !== after[name]).map((name) => `${name}: ${before[name] ?? 'none'} → ${after[name] ?? 'none'}`)
}
