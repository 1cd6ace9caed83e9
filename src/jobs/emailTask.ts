import type { Payload, TaskConfig } from 'payload'

import { translate } from '../translations'
import { languageOf } from '../notifications/kinds'
import { slugsOf } from '../slugs'
import type { BalisesUser, NotificationDoc } from '../types'

export const EMAIL_TASK_SLUG = 'balisesSendNotificationEmail'

/** The e-mail of one notification, in the recipient's language, with a link to it when the server's address is known. */
export async function sendNotificationEmail(payload: Payload, notificationId: number | string): Promise<boolean> {
  const notification = (await payload.findByID({
    collection: slugsOf(payload).notifications,
    id: notificationId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as NotificationDoc | null
  if (!notification) return false
  const recipientId = typeof notification.recipient === 'object' ? notification.recipient.id : notification.recipient
  const recipient = (await payload.findByID({
    collection: slugsOf(payload).users,
    id: recipientId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as BalisesUser | null
  if (!recipient?.email) return false
  const language = languageOf(recipient)
  const message = language === 'en' ? notification.messageEn : notification.messageFr
  const base = payload.config.serverURL ? `${payload.config.serverURL}${payload.config.routes.admin}` : ''
  const link = base && notification.link ? `\n\n${translate(language, 'notify:emailOpen')} ${base}${notification.link}` : ''
  const footer = `\n\n— ${translate(language, 'notify:emailFooter')}`
  await payload.sendEmail({
    to: recipient.email,
    subject: `[Balises] ${translate(language, `notify:kinds:${notification.kind}`)}`,
    text: `${message}${link}${footer}`,
  })
  return true
}

/**
 * Sends a notification's e-mail from the jobs queue, never inside the save that caused it. A
 * failure is logged and retried; the notification itself is already in the bell.
 */
export const sendNotificationEmailTask: TaskConfig = {
  slug: EMAIL_TASK_SLUG,
  label: 'Balises — send a notification e-mail',
  retries: 3,
  inputSchema: [{ name: 'notification', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const id = (input as { notification: string }).notification
    try {
      await sendNotificationEmail(req.payload, /^\d+$/.test(id) ? Number(id) : id)
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: `[balises] notification e-mail not sent (notification ${id})` })
      throw error
    }
    return { output: {} }
  },
}
