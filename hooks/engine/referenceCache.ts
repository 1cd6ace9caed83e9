import type { Payload } from 'payload'

/**
 * The policy settings and the ten categories are read on every save but change rarely: keep them
 * per Payload instance, dropped on every change in this process (hooks below) and after a short
 * time anyway, so that another process (the jobs worker) sees a change within seconds.
 */
const TIME_TO_LIVE_MS = 15_000

type Entry = { value: unknown; loadedAt: number }
const caches = new WeakMap<Payload, Map<string, Entry>>()

export type ReferenceKey = 'policy' | 'categories'

export async function cachedReference<T>(payload: Payload, key: ReferenceKey, load: () => Promise<T>): Promise<T> {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = new Map()))
  const entry = cache.get(key)
  if (entry && Date.now() - entry.loadedAt < TIME_TO_LIVE_MS) return entry.value as T
  const value = await load()
  cache.set(key, { value, loadedAt: Date.now() })
  return value
}

export function forgetReference(payload: Payload, key: ReferenceKey): void {
  caches.get(payload)?.delete(key)
}
