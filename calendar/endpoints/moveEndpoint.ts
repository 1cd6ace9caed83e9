import type { Endpoint } from 'payload'
import { z } from 'zod'

import type { Post } from '../../payload-types'
import { translate } from '../../src/translations'
import { isDayKey } from '../days'
import { atDefaultTime, fromWallClock, moveToDay } from '../zonedTime'
import { calendarAccess, language } from './auth'

const moveBody = z.object({
  id: z.union([z.number().int().positive(), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]),
  day: z.string().refine(isDayKey, { message: 'day must be YYYY-MM-DD' }),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time must be HH:mm' })
    .optional(),
})

const MOVABLE: Post['workflowStatus'][] = ['draft', 'in_review', 'approved', 'scheduled', 'unscheduled']

/**
 * POST /api/calendar/move { id, day, time? }: a drop on the calendar. A dated draft is planned; an
 * approved post dropped on a day becomes scheduled. The change goes through the same permissions
 * and rules as any save, as the person (overrideAccess: false): a refusal is a 400 with its reasons.
 */
export const moveEndpoint: Endpoint = {
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
    const post = await payload
      .findByID({ collection: 'posts', id, draft: true, depth: 0, user: req.user, overrideAccess: false, req })
      .catch(() => null)
    if (!post) return Response.json({ errors: [{ message: translate(lang, 'calendar:postNotFound') }] }, { status: 404 })
    if (!MOVABLE.includes(post.workflowStatus)) {
      return Response.json(
        { errors: [{ path: 'workflowStatus', message: translate(lang, 'calendar:notMovable', { status: translate(lang, `workflow:${post.workflowStatus}`) }) }] },
        { status: 400 },
      )
    }
    const policy = await payload.findGlobal({ slug: 'policy', depth: 0, req, overrideAccess: true })
    const zone = policy.timeZone || 'America/Toronto'
    const publishAt = time
      ? fromWallClock(`${day}T${time}`, zone)
      : post.publishAt
        ? moveToDay(new Date(post.publishAt), day, zone)
        : atDefaultTime(day, zone)
    const workflowStatus = post.workflowStatus === 'approved' || post.workflowStatus === 'unscheduled' ? 'scheduled' : post.workflowStatus
    try {
      const updated = await payload.update({
        collection: 'posts',
        id,
        data: { publishAt: publishAt.toISOString(), publishAt_tz: zone as 'America/Toronto', workflowStatus },
        user: req.user,
        overrideAccess: false,
        req,
        depth: 0,
      })
      return Response.json({ id: updated.id, publishAt: updated.publishAt, workflowStatus: updated.workflowStatus })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      if (status >= 500) throw error
      const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? [
        { path: '', message: (error as Error).message },
      ]
      return Response.json({ errors }, { status })
    }
  },
}
