import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { relationId } from '../../hooks/engine/snapshot'
import { recheckPostsOfPerson } from '../privacy/consentCascade'
import { slugsOf } from '../slugs'

/**
 * PRIV-3, expiry: each consent whose expiry date has passed (and not yet handled) has the planned
 * posts of its person checked again, in one transaction per consent. Run at the start of every
 * publication run, so nothing goes out on an expired consent; handled consents are marked and not
 * read again.
 */
export async function sweepExpiredConsents(payload: Payload, now: Date = new Date()): Promise<{ consents: number; unscheduled: number }> {
  const expired = await payload.find({
    collection: slugsOf(payload).consents,
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    where: {
      and: [
        { expiresAt: { less_than_equal: now.toISOString() } },
        { revokedAt: { exists: false } },
        { expiryHandledAt: { exists: false } },
      ],
    },
    select: { person: true },
  })
  let unscheduled = 0
  for (const consent of expired.docs) {
    const req = await createLocalReq({}, payload)
    const owns = await initTransaction(req)
    try {
      const personId = relationId(consent.person)
      if (personId !== null) unscheduled += await recheckPostsOfPerson(req, consent, personId, 'expired', now)
      await payload.update({
        collection: slugsOf(payload).consents,
        id: consent.id,
        data: { expiryHandledAt: now.toISOString() },
        overrideAccess: true,
        req,
      })
      if (owns) await commitTransaction(req)
    } catch (error) {
      if (owns) await killTransaction(req)
      throw error
    }
  }
  return { consents: expired.docs.length, unscheduled }
}
