import type { Endpoint } from 'payload'
import { z } from 'zod'

import { mayManageChannels } from '../access/canManageChannels'
import { slugsOf } from '../slugs'
import { translate } from '../translations'
import { queueDeliveryJob } from './deliveryJobs'
import { refusalOf, refuse, staffDelivery, visibleDelivery, type FieldProblem } from './endpointGuards'
import { manualContentEndpoint } from './manualContent'

/** A request sent a little late by a slow clock is not "in the future". */
const CLOCK_TOLERANCE_MS = 60_000

/** `POST /api/deliveries/:id/retry` — « Réessayer » a failed or uncertain delivery now (responsible person, admins). */
const retryEndpoint: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    const language = req.i18n?.language
    const refusal = await refusalOf(req, mayManageChannels, { noBody: true })
    if (refusal) return refusal
    const delivery = await visibleDelivery(req)
    if (!delivery) return refuse(404, [{ message: translate(language, 'deliveries:notFound') }])
    // An uncertain one stays `unknown`: its next attempt reads the network before sending anything.
    const uncertain = delivery.state === 'unknown' && delivery.failureReason === 'uncertain'
    if (!(delivery.state === 'failed' || uncertain) || !delivery.channelAccount)
      return refuse(400, [{ message: translate(language, 'deliveries:notRetryable') }])
    await req.payload.update({
      collection: slugsOf(req).deliveries,
      id: delivery.id,
      data: { state: uncertain ? 'unknown' : 'queued', attempts: 0, nextAttemptAt: null, failureReason: null, failureDetail: null },
      overrideAccess: true,
      req,
    })
    await queueDeliveryJob(req.payload, delivery.id, { req })
    return Response.json({ state: 'queued' })
  },
}

const markPostedBody = z.object({
  url: z
    .string()
    .max(2000)
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:'),
  postedAt: z.string().max(64).nullish(),
})

/** The body's problems at their fields, or the URL and the moment (now by default, never in the future). */
function readMarkPosted(body: unknown, language: string | undefined): { url: string; when: Date } | FieldProblem[] {
  const problems: FieldProblem[] = []
  const shape = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
  const url = markPostedBody.shape.url.safeParse(shape.url)
  if (!url.success) problems.push({ path: 'url', message: translate(language, 'deliveries:urlInvalid') })
  const postedAt = markPostedBody.shape.postedAt.safeParse(shape.postedAt)
  const when = postedAt.success && postedAt.data ? new Date(postedAt.data) : postedAt.success ? new Date() : null
  if (!when || Number.isNaN(when.getTime()) || when.getTime() > Date.now() + CLOCK_TOLERANCE_MS) {
    problems.push({ path: 'postedAt', message: translate(language, 'deliveries:postedAtInvalid') })
  }
  return problems.length > 0 || !url.success || !when ? problems : { url: url.data, when }
}

/**
 * `POST /api/deliveries/:id/mark-posted` `{ url, postedAt? }` — « Marquer comme publiée » for a network
 * without a connector: a member of the staff published it by hand (now, or at `postedAt`, never in the
 * future); its URL is kept for the takedown.
 */
const markPostedEndpoint: Endpoint = {
  path: '/:id/mark-posted',
  method: 'post',
  handler: async (req) => {
    const language = req.i18n?.language
    const staff = await staffDelivery(req)
    if ('refusal' in staff) return staff.refusal
    const { delivery } = staff
    if (delivery.state !== 'manual') return refuse(400, [{ message: translate(language, 'deliveries:notManual') }])
    const marked = readMarkPosted(await req.json?.().catch(() => null), language)
    if (Array.isArray(marked)) return refuse(400, marked)
    await req.payload.update({
      collection: slugsOf(req).deliveries,
      id: delivery.id,
      data: { state: 'posted', remoteUrl: marked.url, postedAt: marked.when.toISOString() },
      overrideAccess: true,
      req,
    })
    return Response.json({ state: 'posted', remoteUrl: marked.url })
  },
}

export const deliveryEndpoints: Endpoint[] = [retryEndpoint, markPostedEndpoint, manualContentEndpoint]
