import { describe, expect, it } from 'vitest'

import { createWriteLock } from '../../dev/db/writeLock'

const settled = async <T>(promise: Promise<T>) => {
  let state = 'pending'
  promise.then(
    () => (state = 'fulfilled'),
    () => (state = 'rejected'),
  )
  await new Promise((resolve) => setTimeout(resolve, 0))
  return state
}

describe('write lock (SQLite writes take turns)', () => {
  it('lets one holder in at a time, then the waiters in arrival order', async () => {
    const lock = createWriteLock(1000)
    const first = await lock.acquire()
    const second = lock.acquire()
    const third = lock.acquire()
    expect(await settled(second)).toBe('pending')

    lock.release(first)
    const secondId = await second
    expect(await settled(third)).toBe('pending')
    lock.release(secondId)
    expect(await third).not.toBe(secondId)
  })

  it('ignores a release by anyone but the holder (an old or unknown transaction id)', async () => {
    const lock = createWriteLock(1000)
    const first = await lock.acquire()
    const second = lock.acquire()
    lock.release('someone-else')
    lock.release(null)
    expect(await settled(second)).toBe('pending')
    lock.release(first)
    lock.release(first)
    await second
    expect(await settled(lock.acquire())).toBe('pending')
  })

  it('fails a waiter after the timeout, and the next one still gets its turn', async () => {
    const lock = createWriteLock(20)
    const first = await lock.acquire()
    await expect(lock.acquire()).rejects.toThrow(/database busy/)
    const next = lock.acquire()
    lock.release(first)
    await expect(next).resolves.toEqual(expect.any(String))
  })
})
