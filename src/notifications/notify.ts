import type { Payload, PayloadRequest } from 'payload'

import { BALISES_QUEUE } from '../jobs/queue'
import { EMAIL_TASK_SLUG } from '../jobs/emailTask'
import { runtimeOptionsOf } from '../runtimeOptions'
import { wantsEmail, type NotificationKind } from './kinds'
import type { Messages } from './messages'
import { slugsOf } from '../slugs'
import type { BalisesUser } from '../types'

type Id = number | string

export type NewNotification = {
  recipient: Id
  kind: NotificationKind
  messages: Messages
  post?: Id | null
  /** Where the item leads in the admin, after its route (`/collections/posts/12`). */
  link?: string | null
  /** Given: a notification with this key is made once per recipient (a consent expiring). */
  key?: string | null
}

/** A real mail transport is configured (payload.config.ts sets one when SMTP_HOST is set). */
export function emailConfigured(payload: Payload): boolean {
  const name = (payload.email as { name?: string } | undefined)?.name
  return Boolean(name) && name !== 'console'
}

/**
 * Writes notifications as the system, within the request's transaction when there is one (a
 * notification of a refused change would be a lie), and queues their e-mails on the balises jobs
 * queue: no mail server is called while the database writer is held. A notification that cannot be
 * written is logged; it never refuses the work that caused it.
 */
export async function notify(payload: Payload, notices: NewNotification[], req?: PayloadRequest): Promise<number> {
  if (notices.length === 0) return 0
  const recipients = await payload.find({
    collection: slugsOf(payload).users,
    where: { id: { in: [...new Set(notices.map((notice) => String(notice.recipient)))] } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { emailNotificationKinds: true, [runtimeOptionsOf(payload).rolesField]: true },
  })
  const known = new Map((recipients.docs as Pick<BalisesUser, 'id' | 'emailNotificationKinds'>[]).map((user) => [String(user.id), user]))
  const keys = notices.map((notice) => notice.key).filter((key): key is string => Boolean(key))
  const existing = keys.length
    ? await payload.find({
        collection: slugsOf(payload).notifications,
        where: { key: { in: keys } },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { key: true, recipient: true },
      })
    : { docs: [] as { key?: string | null; recipient: unknown }[] }
  const already = new Set(existing.docs.map((doc) => `${doc.key}|${recipientId(doc.recipient)}`))
  let written = 0
  for (const notice of notices) {
    const user = known.get(String(notice.recipient))
    if (!user) continue
    if (notice.key && already.has(`${notice.key}|${notice.recipient}`)) continue
    try {
      const created = await payload.create({
        collection: slugsOf(payload).notifications,
        overrideAccess: true,
        req,
        data: {
          recipient: notice.recipient as number,
          kind: notice.kind,
          post: (notice.post ?? undefined) as number | undefined,
          link: notice.link ?? (notice.post ? `/collections/${slugsOf(payload).posts}/${notice.post}` : undefined),
          key: notice.key ?? undefined,
          messageFr: notice.messages.fr,
          messageEn: notice.messages.en,
        },
      })
      written++
      if (notice.key) already.add(`${notice.key}|${notice.recipient}`)
      if (emailConfigured(payload) && wantsEmail(user, notice.kind)) {
        await payload.jobs.queue({
          task: EMAIL_TASK_SLUG as never,
          input: { notification: String(created.id) } as never,
          queue: BALISES_QUEUE,
          req,
        })
      }
    } catch (error) {
      payload.logger.warn({ err: error, msg: `[balises] notification « ${notice.kind} » not written` })
    }
  }
  return written
}

function recipientId(value: unknown): string {
  return String(value && typeof value === 'object' ? (value as { id: Id }).id : value)
}
