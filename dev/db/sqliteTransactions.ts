import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

import type { DatabaseAdapterObj } from 'payload'

import { createWriteLock, WRITE_LOCK_TIMEOUT_MS } from './writeLock'
import { currentWriteScope, type WriteScope } from './writeScope'

/** A transaction that ran no statement for this long was left open by a failed piece of work: it is rolled back. */
export const IDLE_TRANSACTION_MS = 20_000

const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

const READ_METHODS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
] as const

type Client = { execute: (sql: string) => Promise<unknown> }
type Turn = { id: string; scope: WriteScope | undefined; lastActivity: number; atomic: boolean }
type Args = { req?: { transactionID?: unknown } } | undefined
type Method = (this: unknown, args: Args) => Promise<unknown>

/**
 * Real SQLite transactions for Payload's write operations, one writer at a time.
 *
 * db-sqlite runs without transactions by default (libsql would give each transaction a second
 * connection, and concurrent writers only SQLITE_BUSY). Here every transaction Payload opens is
 * `BEGIN IMMEDIATE` … `COMMIT`/`ROLLBACK` on the adapter's one connection, and writers take turns
 * through a first-come lock, so a refused or failed save writes nothing and two saves never
 * interleave. A turn cannot leak:
 * - a request's scope (writeScope.ts) rolls back what the request left open when it ends;
 * - a transaction idle for IDLE_TRANSACTION_MS (begun by code that then failed without ending it,
 *   outside any request) is rolled back and its id refused from then on;
 * - a write made without a transaction waits for the writer and runs on its own (autocommit);
 *   inside a transaction of the same request it joins it, as does a nested operation that did not
 *   pass `req` (instead of waiting for its own parent).
 * Reads never wait. Migrations run without transactions (their table rebuilds turn foreign keys off).
 */
export function withSqliteTransactions(
  adapter: DatabaseAdapterObj,
  { lockTimeoutMs = WRITE_LOCK_TIMEOUT_MS, idleMs = IDLE_TRANSACTION_MS }: { lockTimeoutMs?: number; idleMs?: number } = {},
): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args) as ReturnType<DatabaseAdapterObj['init']> & Record<string, unknown> & { client?: Client }
      const lock = createWriteLock(lockTimeoutMs)
      const autocommit = new AsyncLocalStorage<true>()
      let active: Turn | null = null
      /** Nested transactions of the active one's request: they share its fate. */
      const joined = new Map<string, Turn>()
      const revoked = new Set<string>()

      const exec = (sql: string) => {
        if (!db.client) throw new Error('SQLite is not connected yet')
        return db.client.execute(sql)
      }
      const log = (message: string) => (db.payload as { logger?: { warn: (m: string) => void } } | undefined)?.logger?.warn(message)
      const finish = (turn: Turn) => {
        if (active === turn) active = null
        turn.scope?.open.delete(turn.id)
        for (const [id, parent] of joined) if (parent === turn) joined.delete(id)
        lock.release(turn.id)
      }
      const end = async (turn: Turn, statement: 'COMMIT' | 'ROLLBACK') => {
        // Ended already (by its owner, its request's end or the watchdog): never touch the next turn's transaction.
        if (active !== turn) return
        if (!turn.atomic) return finish(turn)
        try {
          await exec(statement)
        } catch (error) {
          if (statement === 'COMMIT') {
            await exec('ROLLBACK').catch(() => undefined)
            finish(turn)
            throw error
          }
          // "no transaction is active": SQLite already rolled it back after the error.
        }
        finish(turn)
      }
      const ownerOf = (id: unknown): Turn | null => {
        if (typeof id !== 'string') return null
        if (active?.id === id) return active
        return joined.get(id) ?? null
      }
      const sameScopeHoldsWriter = (scope: WriteScope | undefined) => scope !== undefined && active !== null && active.scope === scope

      db.beginTransaction = async () => {
        const scope = currentWriteScope()
        if (sameScopeHoldsWriter(scope)) {
          const id = randomUUID()
          joined.set(id, active!)
          return id
        }
        const id = await lock.acquire()
        const turn: Turn = { id, scope, lastActivity: Date.now(), atomic: !scope?.withoutTransactions }
        if (turn.atomic) {
          try {
            await exec('BEGIN IMMEDIATE')
          } catch (error) {
            lock.release(id)
            throw error
          }
        }
        active = turn
        scope?.open.set(id, () => end(turn, 'ROLLBACK'))
        return id
      }
      db.commitTransaction = async (incoming) => {
        const id = await incoming
        if (typeof id === 'string' && joined.delete(id)) return
        if (active && active.id === id) await end(active, 'COMMIT')
      }
      db.rollbackTransaction = async (incoming) => {
        const id = await incoming
        if (typeof id === 'string' && joined.delete(id)) return
        if (active && active.id === id) await end(active, 'ROLLBACK')
      }

      const watchdog = setInterval(
        () => {
          const turn = active
          if (!turn || Date.now() - turn.lastActivity < idleMs) return
          revoked.add(turn.id)
          log(`[balises] a database transaction ran nothing for ${Math.round(idleMs / 1000)} s: rolled back so that other writes can go on`)
          void end(turn, 'ROLLBACK')
        },
        Math.min(1000, idleMs),
      )
      watchdog.unref?.()
      const destroy = db.destroy as (() => Promise<void>) | undefined
      db.destroy = async () => {
        clearInterval(watchdog)
        await destroy?.call(db)
      }

      const transactionOf = async (args: Args) => (args?.req?.transactionID ? await args.req.transactionID : undefined)
      for (const name of WRITE_METHODS) {
        const original = db[name] as Method | undefined
        if (typeof original !== 'function') continue
        db[name] = async function (this: unknown, args: Args) {
          const id = await transactionOf(args)
          if (typeof id === 'string' && revoked.has(id))
            throw new Error('database transaction expired: the operation took too long and was rolled back')
          // Part of the open transaction (by id, or made by its own request without passing `req`), or nested in an autocommit write.
          const owner = ownerOf(id) ?? (sameScopeHoldsWriter(currentWriteScope()) ? active : null)
          if (owner || autocommit.getStore()) {
            if (owner) owner.lastActivity = Date.now()
            return original.call(this, args)
          }
          const turn = await lock.acquire()
          try {
            return await autocommit.run(true, () => original.call(this, args))
          } finally {
            lock.release(turn)
          }
        } as never
      }
      for (const name of READ_METHODS) {
        const original = db[name] as Method | undefined
        if (typeof original !== 'function') continue
        db[name] = async function (this: unknown, args: Args) {
          const owner = ownerOf(await transactionOf(args))
          if (owner) owner.lastActivity = Date.now()
          return original.call(this, args)
        } as never
      }
      return db
    },
  }
}
