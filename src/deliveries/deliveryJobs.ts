import type { Payload, PayloadRequest } from 'payload'

import { BALISES_QUEUE } from '../jobs/queue'
import { DELIVER_TASK_SLUG, TAKEDOWN_TASK_SLUG } from './taskSlugs'

type Id = number | string
/** `req`: queue inside the caller's transaction (a publication, a withdrawal); without it, on its own. */
type When = { waitUntil?: Date; req?: PayloadRequest }

function queue(payload: Payload, task: typeof DELIVER_TASK_SLUG | typeof TAKEDOWN_TASK_SLUG, deliveryId: Id, when: When) {
  return payload.jobs.queue({
    task,
    input: { delivery: String(deliveryId) },
    queue: BALISES_QUEUE,
    waitUntil: when.waitUntil,
    req: when.req,
  })
}

export async function queueDeliveryJob(payload: Payload, deliveryId: Id, when: When = {}): Promise<void> {
  await queue(payload, DELIVER_TASK_SLUG, deliveryId, when)
}

export async function queueTakedownJob(payload: Payload, deliveryId: Id, when: When = {}): Promise<void> {
  await queue(payload, TAKEDOWN_TASK_SLUG, deliveryId, when)
}
