import type { Payload, TaskConfig } from 'payload'

import { runDelivery } from './runDelivery'
import { runTakedown } from './runTakedown'
import { DELIVER_TASK_SLUG, TAKEDOWN_TASK_SLUG } from './taskSlugs'

/**
 * One job per delivery attempt and per takedown attempt. The task itself never fails on a network
 * answer (the delivery records it and queues its own next attempt at the right time), so Payload's
 * retries are only for a crash of our own.
 */
function deliveryTask(
  slug: typeof DELIVER_TASK_SLUG | typeof TAKEDOWN_TASK_SLUG,
  label: string,
  run: (payload: Payload, deliveryId: string) => Promise<{ state: string }>,
): TaskConfig {
  return {
    slug,
    label,
    retries: 1,
    inputSchema: [{ name: 'delivery', type: 'text', required: true }],
    outputSchema: [{ name: 'state', type: 'text' }],
    handler: async ({ input, req }) => ({ output: { state: (await run(req.payload, (input as { delivery: string }).delivery)).state } }),
  }
}

export const DELIVERY_TASKS: TaskConfig[] = [
  deliveryTask(DELIVER_TASK_SLUG, 'Balises — deliver a post to a network', (payload, id) => runDelivery(payload, id)),
  deliveryTask(TAKEDOWN_TASK_SLUG, 'Balises — remove a post from a network', (payload, id) => runTakedown(payload, id)),
]
