import type { Payload, PayloadRequest } from 'payload'
import { cache } from 'react'

import { loadQueues, type Queue } from '../../queues'
import { DEFAULT_TIME_ZONE } from '../../../calendar/zonedTime'
import { slugsOf } from '../../slugs'

export const QUEUE_ITEMS_SHOWN = 5

/**
 * The person's queues, loaded once per request: the navigation counts and the dashboard lists
 * read the same answer.
 */
export const queuesOfRequest = cache(async (payload: Payload, user: NonNullable<PayloadRequest['user']>): Promise<{ queues: Queue[]; zone: string }> => {
  const policy = await payload.findGlobal({ slug: slugsOf(payload).policy, depth: 0, user, overrideAccess: false })
  const zone = policy.timeZone || DEFAULT_TIME_ZONE
  const queues = await loadQueues({ payload, user, now: new Date(), zone, limit: QUEUE_ITEMS_SHOWN })
  return { queues, zone }
})
