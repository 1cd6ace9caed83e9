import { createClient } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite'
import { drizzle } from 'drizzle-orm/libsql'
import { describe, expect, it } from 'vitest'

import { dropAddedColumns } from '../../../dev/db/dropAddedColumns'

const schemaOf = async (db: ReturnType<typeof drizzle>) =>
  (
    await db.all<{ type: string; name: string; sql: string }>(
      sql.raw(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name`),
    )
  )
    // ALTER TABLE … RENAME writes the new name in double quotes: the same name.
    .map((row) => `${row.type} ${row.name}: ${row.sql.replace(/^CREATE TABLE "(\w+)"/, 'CREATE TABLE `$1`')}`)

describe('dropAddedColumns: the down of ALTER TABLE ADD … REFERENCES on SQLite', () => {
  it('gives back the table exactly as it was (definition, indexes, rows), not in drizzle-kit’s cascading shape', async () => {
    const db = drizzle(createClient({ url: ':memory:' }))
    await db.run(sql.raw('PRAGMA foreign_keys=ON;'))
    await db.run(sql.raw('CREATE TABLE `posts` (`id` integer PRIMARY KEY NOT NULL)'))
    await db.run(sql.raw('CREATE TABLE `extra` (`id` integer PRIMARY KEY NOT NULL)'))
    await db.run(
      sql.raw(
        'CREATE TABLE `rels` (\n `id` integer PRIMARY KEY NOT NULL,\n `posts_id` integer,\n FOREIGN KEY (`posts_id`) REFERENCES `posts`(`id`) ON DELETE cascade\n)',
      ),
    )
    await db.run(sql.raw('ALTER TABLE `rels` ADD `media_id` integer REFERENCES posts(id);'))
    await db.run(sql.raw('CREATE INDEX `rels_posts_idx` ON `rels` (`posts_id`);'))
    await db.run(sql.raw('INSERT INTO posts (id) VALUES (1), (2)'))
    await db.run(sql.raw('INSERT INTO extra (id) VALUES (7)'))
    await db.run(sql.raw('INSERT INTO rels (id, posts_id, media_id) VALUES (10, 1, 2)'))
    const before = await schemaOf(db)

    await db.run(sql.raw('ALTER TABLE `rels` ADD `extra_id` integer REFERENCES extra(id);'))
    await db.run(sql.raw('ALTER TABLE `rels` ADD `more_id` integer REFERENCES extra(id);'))
    await db.run(sql.raw('CREATE INDEX `rels_extra_id_idx` ON `rels` (`extra_id`);'))
    await db.run(sql.raw('UPDATE rels SET extra_id = 7'))
    await dropAddedColumns(db as never, 'rels', ['extra_id', 'more_id'])

    expect(await schemaOf(db)).toEqual(before)
    expect(await db.all(sql.raw('SELECT * FROM rels'))).toEqual([{ id: 10, posts_id: 1, media_id: 2 }])
    expect(await db.all(sql.raw('PRAGMA foreign_keys'))).toEqual([{ foreign_keys: 1 }])
  })

  it('refuses a column the table does not have', async () => {
    const db = drizzle(createClient({ url: ':memory:' }))
    await db.run(sql.raw('CREATE TABLE `rels` (`id` integer PRIMARY KEY NOT NULL, `posts_id` integer)'))
    await expect(dropAddedColumns(db as never, 'rels', ['gone_id'])).rejects.toThrow(/write this down by hand/)
  })
})
