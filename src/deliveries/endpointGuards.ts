import type { PayloadRequest } from 'payload'

import { requestHasBody } from '../endpoints/requestHasBody'
import { hasRole, STAFF_ROLES, type MaybeUser } from '../roles'
import { slugsOf } from '../slugs'
import { translate } from '../translations'

type Id = number | string
export type VisibleDelivery = {
  id: Id
  state: string
  network: string
  channelAccount?: Id | null
  post: Id
  failureReason?: string | null
}

export const isStaffMember = (user: MaybeUser) => hasRole(user, ...STAFF_ROLES)

/** The delivery as the person may read it (access rules applied), or null. */
export async function visibleDelivery(req: PayloadRequest): Promise<VisibleDelivery | null> {
  const id = String(req.routeParams?.id ?? '')
  return (await req.payload
    .findByID({ collection: slugsOf(req).deliveries, id, depth: 0, user: req.user, overrideAccess: false, req })
    .catch(() => null)) as VisibleDelivery | null
}

export type FieldProblem = { path?: string; message: string }

export function refuse(status: number, errors: FieldProblem[]): Response {
  return Response.json({ errors }, { status, headers: { 'cache-control': 'no-store' } })
}

/**
 * The checks every network action starts with: signed in (401), allowed (403), and — for an action
 * that takes no input — no body (400). A refusal, or null to go on.
 */
export async function refusalOf(req: PayloadRequest, allowed: (user: MaybeUser) => boolean, options: { noBody?: boolean } = {}) {
  const language = req.i18n?.language
  if (!req.user) return refuse(401, [{ message: translate(language, 'channelAccounts:signIn') }])
  if (!allowed(req.user)) return refuse(403, [{ message: translate(language, 'channelAccounts:notAllowed') }])
  if (options.noBody && (await requestHasBody(req))) return refuse(400, [{ message: translate(language, 'deliveries:takesNoBody') }])
  return null
}

/**
 * The start of an action on one delivery by a member of the staff: signed in, allowed, the delivery
 * readable by them (404 otherwise). The delivery, or the refusal to answer with.
 */
export async function staffDelivery(req: PayloadRequest): Promise<{ delivery: VisibleDelivery } | { refusal: Response }> {
  const refusal = await refusalOf(req, isStaffMember)
  if (refusal) return { refusal }
  const delivery = await visibleDelivery(req)
  if (!delivery) return { refusal: refuse(404, [{ message: translate(req.i18n?.language, 'deliveries:notFound') }]) }
  return { delivery }
}
