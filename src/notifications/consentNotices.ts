import type { Payload, PayloadRequest } from 'payload'

import { policyTimeZone, responsables } from './audience'
import { formatDay, noticeMessages } from './messages'
import { notify } from './notify'
import { slugsOf } from '../slugs'

const DAY_MS = 24 * 3600_000
export const EXPIRY_NOTICE_DAYS = 30

/**
 * PRIV-3, withdrawal: the responsible person(s) learn what it left to do. The message names neither
 * the person nor the consent (an e-mail travels further than the admin): « À traiter » has the detail.
 */
export async function notifyConsentWithdrawn(req: PayloadRequest, outcome: { unscheduled: number; takedowns: number }): Promise<void> {
  const values = { unscheduled: outcome.unscheduled, takedowns: outcome.takedowns }
  const messages = noticeMessages('consentWithdrawn', { fr: values, en: values })
  const recipients = await responsables(req.payload, req)
  await notify(
    req.payload,
    recipients.map((recipient) => ({ recipient, kind: 'consentWithdrawn' as const, messages, link: '/a-traiter' })),
    req,
  )
}

/**
 * Consents that expire within 30 days: each responsible person is told once per consent and expiry
 * date (a consent extended, then expiring again, is told again). Run with every publication run.
 */
export async function notifyExpiringConsents(payload: Payload, now: Date = new Date()): Promise<number> {
  const expiring = await payload.find({
    collection: slugsOf(payload).consents,
    depth: 0,
    limit: 200,
    pagination: false,
    overrideAccess: true,
    where: {
      and: [
        { expiresAt: { greater_than: now.toISOString() } },
        { expiresAt: { less_than_equal: new Date(now.getTime() + EXPIRY_NOTICE_DAYS * DAY_MS).toISOString() } },
        { revokedAt: { exists: false } },
      ],
    },
    select: { expiresAt: true },
  })
  if (expiring.docs.length === 0) return 0
  const recipients = await responsables(payload)
  const zone = await policyTimeZone(payload)
  return notify(
    payload,
    expiring.docs.flatMap((consent) => {
      const expiresAt = String(consent.expiresAt)
      const messages = noticeMessages('consentExpiring', {
        fr: { date: formatDay(expiresAt, zone, 'fr') },
        en: { date: formatDay(expiresAt, zone, 'en') },
      })
      return recipients.map((recipient) => ({
        recipient,
        kind: 'consentExpiring' as const,
        messages,
        link: `/collections/${slugsOf(payload).consents}/${consent.id}`,
        key: `consentExpiring:${consent.id}:${expiresAt}`,
      }))
    }),
  )
}
