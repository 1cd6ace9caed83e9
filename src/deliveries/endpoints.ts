import type { Endpoint, PayloadRequest } from 'payload'

import { mayManageChannels } from '../access/canManageChannels'
import { hasRole, STAFF_ROLES } from '../roles'
import { slugsOf } from '../slugs'
import { requestHasBody } from '../endpoints/requestHasBody'
import { translate } from '../translations'
import { queueDeliveryJob } from './queueDeliveries'

type Id = number | string
type Delivery = { id: Id; state: string; channelAccount?: Id | null; post: Id }

function refuse(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status })
}

/** The delivery as the person may read it (access rules applied), or null. */
async function visibleDelivery(req: PayloadRequest): Promise<Delivery | null> {
  const id = String(req.routeParams?.id ?? '')
  return (await req.payload
    .findByID({ collection: slugsOf(req).deliveries, id, depth: 0, user: req.user, overrideAccess: false, req })
    .catch(() => null)) as Delivery | null
}

async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** `POST /api/deliveries/:id/retry` — « Réessayer » a failed delivery now (responsible person, admins). */
const retryEndpoint: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    const language = req.i18n?.language
    if (!req.user) return refuse(401, translate(language, 'channelAccounts:signIn'))
    if (!mayManageChannels(req.user)) return refuse(403, translate(language, 'channelAccounts:notAllowed'))
    if (await requestHasBody(req)) return refuse(400, translate(language, 'deliveries:takesNoBody'))
    const delivery = await visibleDelivery(req)
    if (!delivery) return refuse(404, translate(language, 'deliveries:notFound'))
    if (delivery.state !== 'failed' || !delivery.channelAccount) return refuse(400, translate(language, 'deliveries:notRetryable'))
    await req.payload.update({
      collection: slugsOf(req).deliveries,
      id: delivery.id,
      data: { state: 'queued', attempts: 0, nextAttemptAt: null, failureReason: null, failureDetail: null },
      overrideAccess: true,
      req,
    })
    await queueDeliveryJob(req, delivery.id)
    return Response.json({ state: 'queued' })
  },
}

function isPostUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2000) return false
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
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
    if (!req.user) return refuse(401, translate(language, 'channelAccounts:signIn'))
    if (!hasRole(req.user, ...STAFF_ROLES)) return refuse(403, translate(language, 'channelAccounts:notAllowed'))
    const delivery = await visibleDelivery(req)
    if (!delivery) return refuse(404, translate(language, 'deliveries:notFound'))
    if (delivery.state !== 'manual') return refuse(400, translate(language, 'deliveries:notManual'))
    const { url, postedAt } = await bodyOf(req)
    const errors: { path: string; message: string }[] = []
    if (!isPostUrl(url)) errors.push({ path: 'url', message: translate(language, 'deliveries:urlInvalid') })
    const when = postedAt === undefined || postedAt === null ? new Date() : typeof postedAt === 'string' ? new Date(postedAt) : null
    if (!when || Number.isNaN(when.getTime()) || when.getTime() > Date.now() + 60_000) {
      errors.push({ path: 'postedAt', message: translate(language, 'deliveries:postedAtInvalid') })
    }
    if (errors.length > 0 || !when) return Response.json({ errors }, { status: 400 })
    await req.payload.update({
      collection: slugsOf(req).deliveries,
      id: delivery.id,
      data: { state: 'posted', remoteUrl: url as string, postedAt: when.toISOString() },
      overrideAccess: true,
      req,
    })
    return Response.json({ state: 'posted', remoteUrl: url })
  },
}

export const deliveryEndpoints: Endpoint[] = [retryEndpoint, markPostedEndpoint]
