import type { Queue, QueueContext } from './types'
import { slugsOf } from '../slugs'

/** « À traiter »: open PRIV-3 privacy tasks, counted as the person may read them; the list is its own view. */
export async function toHandle({ payload, user }: QueueContext): Promise<Queue> {
  const { totalDocs } = await payload.count({
    collection: slugsOf(payload).privacyTasks,
    where: { doneAt: { exists: false } },
    user,
    overrideAccess: false,
  })
  return { name: 'to-handle', count: totalDocs, items: [], seeAll: '/a-traiter' }
}
