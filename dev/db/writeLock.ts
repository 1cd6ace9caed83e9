import { randomUUID } from 'node:crypto'

/** How long a write waits for the one before it before failing, as SQLite's busy_timeout would. */
export const WRITE_LOCK_TIMEOUT_MS = 30_000

type Waiter = { grant: () => void; timer: ReturnType<typeof setTimeout> }

export type WriteLock = {
  acquire(): Promise<string>
  release(id: unknown): void
  /** The id of the turn being served, or null when the writer is free. */
  holder(): string | null
}

/** One holder at a time, first come first served; a waiter gives up after `timeoutMs`. */
export function createWriteLock(timeoutMs = WRITE_LOCK_TIMEOUT_MS): WriteLock {
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
    holder: () => holder,
  }
}
