import type { PayloadRequest } from 'payload'

import { slugsOf } from '../slugs'
import { POST_HISTORY_EVENT } from './context'
import type { DeliveryHistoryEvent } from './historyEvents'

type Id = number | string

export type PostHistoryEvent = { event: DeliveryHistoryEvent; network: string; at: string }

/**
 * Appends a delivery event to the post's history, inside the caller's transaction. Only the history
 * changes (hooks/enforcePostRules.ts reads the flag): the flag is the request's only while it saves.
 */
export async function appendPostHistoryEvent(req: PayloadRequest, postId: Id, event: PostHistoryEvent): Promise<void> {
  const previous = req.context[POST_HISTORY_EVENT]
  req.context[POST_HISTORY_EVENT] = event
  try {
    await req.payload.update({ collection: slugsOf(req).posts, id: postId, data: {}, overrideAccess: true, req })
  } finally {
    req.context[POST_HISTORY_EVENT] = previous
  }
}

/** The event a save of the post carries, set by appendPostHistoryEvent (a person's request cannot set it). */
export function postHistoryEventOf(req: Pick<PayloadRequest, 'context'>): PostHistoryEvent | null {
  const event = req.context?.[POST_HISTORY_EVENT] as PostHistoryEvent | undefined
  return event && typeof event === 'object' && typeof event.event === 'string' ? event : null
}
