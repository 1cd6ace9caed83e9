import type { Payload } from 'payload'

import { CHANNEL_NAMES, type Channel } from '../channels'
import { responsables } from '../notifications/audience'
import { noticeMessages } from '../notifications/messages'
import { notify } from '../notifications/notify'
import { slugsOf } from '../slugs'
import { translate } from '../translations'
import type { DeliveryFailureReason } from './states'

type Id = number | string

/** A delivery (or a takedown) that will not be tried again by itself: the responsible person is told, with the post's link. */
export async function notifyDeliveryFailed(
  payload: Payload,
  delivery: { id: Id; network: string },
  reason: DeliveryFailureReason,
  post: Record<string, unknown>,
  kind: 'deliveryFailed' | 'takedownFailed' = 'deliveryFailed',
): Promise<void> {
  const network = CHANNEL_NAMES[delivery.network as Channel] ?? delivery.network
  const values = (language: 'fr' | 'en') => ({
    title: String(post.title ?? ''),
    network,
    reason: translate(language, `deliveries:reason_${reason}`),
  })
  const messages = noticeMessages(kind, { fr: values('fr'), en: values('en') })
  const recipients = await responsables(payload)
  await notify(
    payload,
    recipients.map((recipient) => ({
      recipient,
      kind,
      messages,
      post: post.id as Id,
      link: `/collections/${slugsOf(payload).posts}/${post.id}`,
    })),
  )
}
