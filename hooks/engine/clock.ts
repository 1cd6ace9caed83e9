import type { PayloadRequest, RequestContext } from 'payload'

/**
 * Set on `req.context` (the local API's `context`) by server code that acts at a moment of its own:
 * the publication job's run (`now`), the demo seed recording posts published in the past. A save
 * reads its moment here — the rules' « now », the history row, `publishedAt`. A request from a
 * person cannot set it (Payload's REST and GraphQL start with an empty context).
 */
export const CLOCK_CONTEXT = 'balisesNow'

/** The local API's `context` for a save made at `moment`. */
export function atMoment(moment: Date): RequestContext {
  return { [CLOCK_CONTEXT]: moment.toISOString() }
}

/** The moment this save happens: the one server code gave, or now. */
export function clockOf(req: Pick<PayloadRequest, 'context'> | undefined): Date {
  const given = req?.context?.[CLOCK_CONTEXT]
  if (given instanceof Date || typeof given === 'string') {
    const moment = new Date(given)
    if (!Number.isNaN(moment.getTime())) return moment
  }
  return new Date()
}
