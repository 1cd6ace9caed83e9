import type { PayloadRequest } from 'payload'

import { CASCADE_FLAG } from '../notifications/cascadeFlag'
import { asSystem } from '../../hooks/engine/actor'
import { slugsOf } from '../slugs'

/** Takes a post out of the plan as the system (a cascade), inside the request's transaction. */
export async function unscheduleAsSystem(req: PayloadRequest, id: number | string, reason: string): Promise<void> {
  const previous = req.context[CASCADE_FLAG]
  req.context[CASCADE_FLAG] = true
  try {
    await asSystem(req, () =>
      req.payload.update({
        collection: slugsOf(req).posts,
        id,
        data: { workflowStatus: 'unscheduled', statusReason: reason },
        overrideAccess: true,
        req,
      }),
    )
  } finally {
    req.context[CASCADE_FLAG] = previous
  }
}
