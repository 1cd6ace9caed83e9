import type { Payload, PayloadRequest } from 'payload'

export const QUEUE_NAMES = [
  'my-drafts',
  'sent-back',
  'scheduled-this-week',
  'to-review',
  'to-schedule',
  'publish-refused',
  'to-handle',
  'collective',
] as const
export type QueueName = (typeof QUEUE_NAMES)[number]

export type QueueItem = {
  kind: 'post' | 'position'
  id: number | string
  title: string
  /** ISO instant of the post's publication, when it has one. */
  publishAt?: string | null
  /** Sent back or refused: when, by whom (only if the person may read that account), and why. */
  event?: { at: string | null; byName: string | null; reason: string | null }
}

export type Queue = {
  name: QueueName
  /** How many wait (all of them, not only the items shown). */
  count: number
  items: QueueItem[]
  /** The admin list filtered on this queue (« voir tout »), relative to the admin route. */
  seeAll: string | null
}

export type QueueContext = {
  payload: Payload
  /** The person looking: every read is made on their behalf (overrideAccess: false). */
  user: NonNullable<PayloadRequest['user']>
  now: Date
  zone: string
  /** Items listed per queue; the count covers them all. */
  limit: number
}
