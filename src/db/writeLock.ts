import { randomUUID } from 'node:crypto'

import type { DatabaseAdapterObj } from 'payload'

/** How long a write waits for the one before it before failing, as SQLite's busy_timeout would. */
export const WRITE_LOCK_TIMEOUT_MS = 30_000

type Waiter = { grant: () => void; timer: ReturnType<typeof setTimeout> }

/** One holder at a time, first come first served; a waiter gives up after `timeoutMs`. */
export function createWriteLock(timeoutMs = WRITE_LOCK_TIMEOUT_MS) {
  let holder: string | null = null
  const queue: Waiter[] = []
  return {
    acquire(): Promise<string> {
      const id = randomUUID()
      if (holder === null) {
        holder = id
        return Promise.resolve(id)
      }
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          grant: () => {
            clearTimeout(waiter.timer)
            holder = id
            resolve(id)
          },
          timer: setTimeout(() => {
            queue.splice(queue.indexOf(waiter), 1)
            reject(new Error(`database busy: another write held the lock for more than ${timeoutMs} ms`))
          }, timeoutMs),
        }
        waiter.timer.unref?.()
        queue.push(waiter)
      })
    },
    release(id: unknown): void {
      if (id === null || id !== holder) return
      holder = null
      queue.shift()?.grant()
    },
  }
}

/**
 * db-sqlite runs Payload without transactions (its default with libsql: a second connection would
 * only get SQLITE_BUSY), so two saves of one document interleave their statements — each deletes
 * and re-inserts the array rows — and fail with "UNIQUE constraint failed: posts_channels.id", or
 * read a state the other is overwriting (lost history entries, a post published on a consent
 * withdrawn meanwhile). Payload opens a transaction around every write operation (create, update,
 * delete, login…) and passes it to nested ones through `req`: here that transaction is a
 * process-wide write lock held until commit or rollback, so write operations run one after the
 * other, as SQLite's single writer would. Reads do not wait; nothing is rolled back on failure
 * (as before). A nested write that does not pass `req` waits for its parent and fails after the
 * timeout: hooks must pass `req`, as Payload asks for every adapter.
 */
export function withWriteLock(adapter: DatabaseAdapterObj, timeoutMs = WRITE_LOCK_TIMEOUT_MS): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const lock = createWriteLock(timeoutMs)
      db.beginTransaction = () => lock.acquire()
      db.commitTransaction = async (id) => lock.release(await id)
      db.rollbackTransaction = async (id) => lock.release(await id)
      return db
    },
  }
}
