import { sql } from '@payloadcms/db-sqlite'

type Db = { run: (query: unknown) => Promise<unknown>; all: (query: unknown) => Promise<Record<string, unknown>[]> }

/**
 * The inverse of `ALTER TABLE t ADD c … REFERENCES …` on SQLite, for a migration's `down`. SQLite
 * cannot drop a column used by a foreign key, and the rebuild drizzle-kit writes instead recreates
 * the table in its own shape (every foreign key `ON DELETE cascade`), which is not the table the
 * earlier migrations left: their own `down`s then fail (a cascade through a table they dropped).
 * This rebuilds the table from its stored definition with only the added columns taken out, and
 * keeps its other indexes, so the schema is the one before the `up`.
 */
export async function dropAddedColumns(db: Db, table: string, columns: string[]): Promise<void> {
  const [stored] = await db.all(sql.raw(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '${table}'`))
  let definition = String(stored?.sql ?? '')
  for (const column of columns) {
    const added = new RegExp(`,\\s*\`${column}\`[^,()]*(?:\\([^)]*\\)[^,()]*)?`)
    if (!added.test(definition)) throw new Error(`[balises] ${table} has no column ${column} to drop: write this down by hand`)
    definition = definition.replace(added, '')
  }
  const indexes = (
    await db.all(sql.raw(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '${table}' AND sql IS NOT NULL`))
  )
    .filter((index) => !columns.some((column) => String(index.sql).includes(`\`${column}\``)))
    .map((index) => String(index.sql))
  const kept = (await db.all(sql.raw(`PRAGMA table_info('${table}')`)))
    .map((column) => String(column.name))
    .filter((name) => !columns.includes(name))
    .map((name) => `"${name}"`)
    .join(', ')
  const staging = `__balises_${table}`
  await db.run(sql.raw('PRAGMA foreign_keys=OFF;'))
  await db.run(sql.raw(definition.replace(/^CREATE TABLE\s+[`"]?[\w]+[`"]?/, `CREATE TABLE \`${staging}\``)))
  await db.run(sql.raw(`INSERT INTO \`${staging}\` (${kept}) SELECT ${kept} FROM \`${table}\`;`))
  await db.run(sql.raw(`DROP TABLE \`${table}\`;`))
  await db.run(sql.raw(`ALTER TABLE \`${staging}\` RENAME TO \`${table}\`;`))
  await db.run(sql.raw('PRAGMA foreign_keys=ON;'))
  for (const index of indexes) await db.run(sql.raw(index))
}
