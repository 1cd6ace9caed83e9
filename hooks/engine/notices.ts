import type { Payload, PayloadRequest } from 'payload'

import { asSystem } from './actor'

/** Takes a post out of the plan as the system (a cascade), inside the request's transaction. */
export async function unscheduleAsSystem(req: PayloadRequest, id: number | string, reason: string): Promise<void> {
  await asSystem(req, () =>
    req.payload.update({
      collection: 'posts',
      id,
      data: { workflowStatus: 'unscheduled', statusReason: reason },
      overrideAccess: true,
      req,
    }),
  )
}

/** An e-mail that never fails the work that sends it (no mail server: it goes to the log). */
export async function sendNotice(payload: Payload, to: string | null | undefined, subject: string, text: string): Promise<void> {
  if (!to) return
  await payload
    .sendEmail({ to, subject: `[Balises] ${subject}`, text })
    .catch((error: unknown) => payload.logger.warn({ err: error, msg: `notice e-mail not sent: ${subject}` }))
}

/** The e-mail address of the policy's responsible person (GOV-1), if one is set. */
export async function responsiblePersonEmail(payload: Payload, req?: PayloadRequest): Promise<string | null> {
  const policy = await payload.findGlobal({ slug: 'policy', depth: 1, overrideAccess: true, req })
  const person = policy.responsiblePerson as { email?: string } | null | undefined
  return person && typeof person === 'object' ? (person.email ?? null) : null
}
