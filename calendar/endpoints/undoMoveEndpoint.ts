import type { Endpoint } from 'payload'
import { z } from 'zod'

import { translate } from '../../src/translations'
import { parseIsoInstant } from '../../src/time/zonedTime'
import { MOVABLE_STATUSES } from '../movePermission'
import { calendarAccess, language } from './auth'
import { pastRefusal, policyZone } from './moveEndpoint'
import { savePostAs } from './savePostAs'

const undoBody = z.object({
  id: z.union([z.number().int().positive(), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]),
  publishAt: z
    .string()
    .refine((value) => parseIsoInstant(value) !== null, { message: 'publishAt must be an ISO instant' })
    .nullable(),
  workflowStatus: z.enum(MOVABLE_STATUSES as [string, ...string[]]),
})

export type UndoEndpointOptions = { now?: () => Date }

/**
 * POST /api/calendar/undo { id, publishAt, workflowStatus }: « Annuler » after a drop puts back
 * the date and stage the move answered as previous. It is an ordinary save as the person: the
 * stage change must be one they may make, and a return to « Déprogrammée » carries its GOV-4
 * reason. A scheduled post is never put back at a past time (the job would publish it at once).
 */
export function createUndoMoveEndpoint({ now = () => new Date() }: UndoEndpointOptions = {}): Endpoint {
  return {
    path: '/calendar/undo',
    method: 'post',
    handler: async (req) => {
      const refused = calendarAccess(req)
      if (refused) return refused
      const lang = language(req)
      const body = undoBody.safeParse(await req.json?.().catch(() => null))
      if (!body.success) {
        return Response.json(
          { errors: body.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) },
          { status: 400 },
        )
      }
      const { id, publishAt, workflowStatus } = body.data as {
        id: number | string
        publishAt: string | null
        workflowStatus: (typeof MOVABLE_STATUSES)[number]
      }
      if (workflowStatus === 'scheduled' && (!publishAt || parseIsoInstant(publishAt)!.getTime() <= now().getTime()))
        return pastRefusal(lang)
      const zone = await policyZone(req)
      return savePostAs(req, id, {
        publishAt: publishAt ? parseIsoInstant(publishAt)!.toISOString() : null,
        ...(publishAt ? { publishAt_tz: zone } : {}),
        workflowStatus,
        statusReason: translate(lang, 'calendarDrop:undoReason'),
      })
    },
  }
}

export const undoMoveEndpoint = createUndoMoveEndpoint()
