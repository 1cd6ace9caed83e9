import type { TaskConfig } from 'payload'

import { runDelivery } from './runDelivery'
import { runTakedown } from './runTakedown'
import { DELIVER_TASK_SLUG, TAKEDOWN_TASK_SLUG } from './taskSlugs'

/**
 * One job per delivery attempt and per takedown attempt. The task itself never fails on a network
 * answer (the delivery records it and queues its own next attempt at the right time), so Payload's
 * retries are only for a crash of our own.
 */
const deliverTask: TaskConfig = {
  slug: DELIVER_TASK_SLUG,
  label: 'Balises — deliver a post to a network',
  retries: 1,
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [{ name: 'state', type: 'text' }],
  handler: async ({ input, req }) => {
    const run = await runDelivery(req.payload, (input as { delivery: string }).delivery)
    return { output: { state: run.state } }
  },
}

const takedownTask: TaskConfig = {
  slug: TAKEDOWN_TASK_SLUG,
  label: 'Balises — remove a post from a network',
  retries: 1,
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [{ name: 'state', type: 'text' }],
  handler: async ({ input, req }) => {
    const run = await runTakedown(req.payload, (input as { delivery: string }).delivery)
    return { output: { state: run.state } }
  },
}

export const DELIVERY_TASKS: TaskConfig[] = [deliverTask, takedownTask]
