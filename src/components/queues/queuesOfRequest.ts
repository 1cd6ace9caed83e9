import type { Payload, PayloadRequest } from 'payload'
import { cache } from 'react'

import { loadQueues, type Queue } from '../../queues'
import { loadPolicy } from '../../policy/loadPolicy'

export const QUEUE_ITEMS_SHOWN = 5

/**
 * The person's queues, loaded once per request: the navigation counts and the dashboard lists
 * read the same answer.
 */
export const queuesOfRequest = cache(
  async (payload: Payload, user: NonNullable<PayloadRequest['user']>): Promise<{ queues: Queue[]; zone: string }> => {
    const { timeZone: zone } = await loadPolicy({ payload }, { as: user })
    const queues = await loadQueues({ payload, user, now: new Date(), zone, limit: QUEUE_ITEMS_SHOWN })
    return { queues, zone }
  },
)
