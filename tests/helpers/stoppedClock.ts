import { afterEach, vi } from 'vitest'

/**
 * A test file's clock, stopped at a moment of its choosing (only `Date` is faked: timers still run,
 * so Payload and SQLite work as usual). `tick` moves it a second on: each save of a post needs its
 * own time, since its versions are read back by it. The real clock is back after each test.
 */
export function useStoppedClock(): { at: (moment: Date) => void; tick: () => void } {
  afterEach(() => {
    vi.useRealTimers()
  })
  return {
    at: (moment) => {
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(moment)
    },
    tick: () => vi.setSystemTime(Date.now() + 1000),
  }
}
