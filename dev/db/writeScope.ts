import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * What one request (or one piece of work) has open on the SQLite writer: the transactions it
 * began, each with the way to roll it back. When the request ends, on any path (answer, thrown
 * error, a Payload handler that answered 500 without ending its transaction), whatever is still
 * open is rolled back and the writer goes to the next in line.
 */
export type WriteScope = {
  open: Map<string, () => Promise<void>>
  /** Set while migrations run: their table rebuilds need `PRAGMA foreign_keys=OFF`, a no-op inside a transaction. */
  withoutTransactions?: boolean
}

// Next may load this module once per bundle layer: one store for the whole process.
const STORE_KEY = Symbol.for('balises.writeScope')
const globalStore = globalThis as typeof globalThis & { [STORE_KEY]?: AsyncLocalStorage<WriteScope> }
const scopes: AsyncLocalStorage<WriteScope> = (globalStore[STORE_KEY] ??= new AsyncLocalStorage<WriteScope>())

export function currentWriteScope(): WriteScope | undefined {
  return scopes.getStore()
}

/** Runs `work` in a scope of its own; what it leaves open is rolled back when it ends. */
export async function withWriteScope<T>(work: () => Promise<T>, options: { withoutTransactions?: boolean } = {}): Promise<T> {
  const scope: WriteScope = { open: new Map(), withoutTransactions: options.withoutTransactions }
  return scopes.run(scope, async () => {
    try {
      return await work()
    } finally {
      for (const rollback of [...scope.open.values()].reverse()) await rollback()
      scope.open.clear()
    }
  })
}

/** A route handler whose writes cannot outlive the request. */
export function scopedHandler<Args extends unknown[], Result>(
  handler: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return (...args) => withWriteScope(() => handler(...args))
}
