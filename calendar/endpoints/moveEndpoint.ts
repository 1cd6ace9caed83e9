import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { PostDoc } from '../../src/types'
import { translate } from '../../src/translations'
import { isDayKey } from '../../src/time/days'
import { isPastDrop, isTimeOfDay } from '../../src/time/dropTime'
import { calendarDropTarget, MOVABLE_STATUSES } from '../movePermission'
import { atDefaultTime, fromWallClock, moveToDay, toWallClock } from '../../src/time/zonedTime'
import { calendarAccess, language } from './auth'
import { savePostAs } from './savePostAs'
import { slugsOf } from '../../src/slugs'
import { loadPolicy } from '../../src/policy/loadPolicy'

const moveBody = z.object({
  id: z.union([z.number().int().positive(), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]),
  day: z.string().refine(isDayKey, { message: 'day must be YYYY-MM-DD' }),
  time: z.string().refine(isTimeOfDay, { message: 'time must be HH:mm' }).optional(),
})

export type MoveEndpointOptions = { now?: () => Date }

/**
 * POST /api/calendar/move { id, day, time? }: a drop on the calendar. A dated draft is planned; an
 * approved post dropped on a day becomes scheduled. A day or time already past is refused (a past
 * scheduled post would be published by the next run of the job, without anyone deciding it). The
 * change goes through the same permissions and rules as any save, as the person
 * (overrideAccess: false): a refusal is a 400 with its reasons. The answer carries the post's
 * previous date and stage, for « Annuler ».
 */
export function createMoveEndpoint({ now = () => new Date() }: MoveEndpointOptions = {}): Endpoint {
  return {
    path: '/calendar/move',
    method: 'post',
    handler: async (req) => {
      const refused = calendarAccess(req)
      if (refused) return refused
      const lang = language(req)
      const body = moveBody.safeParse(await req.json?.().catch(() => null))
      if (!body.success) {
        return Response.json(
          { errors: body.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) },
          { status: 400 },
        )
      }
      const { id, day, time } = body.data
      const { payload } = req
      const post = (await payload
        .findByID({ collection: slugsOf(req).posts, id, draft: true, depth: 0, user: req.user, overrideAccess: false, req })
        .catch(() => null)) as PostDoc | null
      if (!post) return Response.json({ errors: [{ message: translate(lang, 'calendar:postNotFound') }] }, { status: 404 })
      if (!MOVABLE_STATUSES.includes(post.workflowStatus)) {
        return Response.json(
          {
            errors: [
              {
                path: 'workflowStatus',
                message: translate(lang, 'calendar:notMovable', { status: translate(lang, `workflow:${post.workflowStatus}`) }),
              },
            ],
          },
          { status: 400 },
        )
      }
      const zone = await policyZone(req)
      const publishAt = newPublishAt(post, day, time, zone)
      const wall = toWallClock(publishAt, zone)
      if (isPastDrop(wall.slice(0, 10), wall.slice(11, 16), zone, now())) return pastRefusal(lang)
      const workflowStatus = calendarDropTarget(post.workflowStatus)
      const previous = { publishAt: post.publishAt ?? null, workflowStatus: post.workflowStatus }
      return savePostAs(req, id, { publishAt: publishAt.toISOString(), publishAt_tz: zone, workflowStatus }, { previous })
    },
  }
}

export const moveEndpoint = createMoveEndpoint()

export async function policyZone(req: PayloadRequest): Promise<string> {
  return (await loadPolicy(req)).timeZone
}

function newPublishAt(post: PostDoc, day: string, time: string | undefined, zone: string): Date {
  if (time) return fromWallClock(`${day}T${time}`, zone)
  return post.publishAt ? moveToDay(new Date(post.publishAt), day, zone) : atDefaultTime(day, zone)
}

/** 400 in the endpoint's error shape, at the date, in the person's language. */
export function pastRefusal(lang: 'fr' | 'en'): Response {
  return Response.json({ errors: [{ path: 'publishAt', message: translate(lang, 'calendarDrop:pastRefused') }] }, { status: 400 })
}
