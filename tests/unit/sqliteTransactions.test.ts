import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { withSqliteTransactions } from '../../dev/db/sqliteTransactions'
import { withWriteScope } from '../../dev/db/writeScope'

type Req = { transactionID?: string }
type Db = {
  beginTransaction: () => Promise<string>
  commitTransaction: (id: string) => Promise<void>
  rollbackTransaction: (id: string) => Promise<void>
  create: (args: { data: { title: string }; req?: Req }) => Promise<unknown>
  destroy: () => Promise<void>
}

/** The smallest adapter the wrapper needs, writing to a real SQLite file through libsql like db-sqlite does. */
function adapterOn(client: Client, warnings: string[]): DatabaseAdapterObj {
  return {
    name: 'sqlite',
    defaultIDType: 'number',
    init: () =>
      ({
        client,
        payload: { logger: { warn: (message: string) => warnings.push(message) } },
        create: async ({ data }: { data: { title: string } }) =>
          client.execute({ sql: 'insert into notes (title) values (?)', args: [data.title] }),
        destroy: async () => undefined,
      }) as never,
  } as unknown as DatabaseAdapterObj
}

const titles = async (client: Client) => (await client.execute('select title from notes order by id')).rows.map((row) => row.title)
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('SQLite transactions that cannot leak (one writer at a time)', () => {
  let dir: string
  let client: Client
  let db: Db
  let warnings: string[]

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balises-tx-'))
    client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
    await client.execute('create table notes (id integer primary key, title text not null)')
    warnings = []
    db = withSqliteTransactions(adapterOn(client, warnings), { idleMs: 150, lockTimeoutMs: 5000 }).init({
      payload: {},
    } as never) as unknown as Db
  })
  afterEach(async () => {
    await db.destroy()
    client.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('a rolled-back transaction leaves nothing; a committed one keeps its rows', async () => {
    const failed = await db.beginTransaction()
    await db.create({ data: { title: 'annulée' }, req: { transactionID: failed } })
    await db.rollbackTransaction(failed)
    const kept = await db.beginTransaction()
    await db.create({ data: { title: 'gardée' }, req: { transactionID: kept } })
    await db.commitTransaction(kept)
    expect(await titles(client)).toEqual(['gardée'])
  })

  it('a write without a transaction waits for the open one, then runs on its own: a rollback does not take it along', async () => {
    const open = await db.beginTransaction()
    await db.create({ data: { title: 'dans la transaction' }, req: { transactionID: open } })
    const outside = db.create({ data: { title: 'hors transaction' } })
    await wait(20)
    await db.rollbackTransaction(open)
    await outside
    expect(await titles(client)).toEqual(['hors transaction'])
  })

  it('what a request leaves open is rolled back when it ends, even when it fails, and the writer is free at once', async () => {
    await expect(
      withWriteScope(async () => {
        const id = await db.beginTransaction()
        await db.create({ data: { title: 'jamais' }, req: { transactionID: id } })
        throw new Error('handler failed')
      }),
    ).rejects.toThrow('handler failed')
    const next = await db.beginTransaction()
    await db.create({ data: { title: 'suivante' }, req: { transactionID: next } })
    await db.commitTransaction(next)
    expect(await titles(client)).toEqual(['suivante'])
    expect(warnings, 'released by the request, not by the idle watchdog').toEqual([])
  })

  it('an operation nested in the same request without its transaction joins it instead of waiting for its own parent', async () => {
    await withWriteScope(async () => {
      const outer = await db.beginTransaction()
      const inner = await db.beginTransaction()
      await db.create({ data: { title: 'imbriquée' } })
      await db.commitTransaction(inner)
      await db.rollbackTransaction(outer)
    })
    expect(await titles(client)).toEqual([])
    expect(warnings).toEqual([])
  })

  it('a transaction left open outside any request is rolled back once idle, its id refused, and the next writer goes on', async () => {
    const leaked = await db.beginTransaction()
    await db.create({ data: { title: 'orpheline' }, req: { transactionID: leaked } })
    const next = await db.beginTransaction()
    await db.create({ data: { title: 'après' }, req: { transactionID: next } })
    await db.commitTransaction(next)
    expect(await titles(client)).toEqual(['après'])
    expect(warnings.join('\n')).toMatch(/rolled back/)
    await expect(db.create({ data: { title: 'trop tard' }, req: { transactionID: leaked } })).rejects.toThrow(/expired/)
    await db.commitTransaction(leaked)
    expect(await titles(client)).toEqual(['après'])
  })
})
