import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { relationId } from '../../hooks/engine/snapshot'
import { recheckPostsOfPerson } from '../privacy/consentCascade'
import { loadPolicy } from '../policy/loadPolicy'
import { slugsOf } from '../slugs'
import { toDayInstant } from '../time/storedDay'
import { validityEnd } from '../time/validityStart'
import { dayKey } from '../time/zonedTime'

/**
 * PRIV-3, expiry: each consent whose expiry date has passed (and not yet handled) has the planned
 * posts of its person checked again, in one transaction per consent. Run at the start of every
 * publication run, so nothing goes out on an expired consent; handled consents are marked and not
 * read again.
 */
export async function sweepExpiredConsents(payload: Payload, now: Date = new Date()): Promise<{ consents: number; unscheduled: number }> {
  const zone = (await loadPolicy({ payload })).timeZone
  // An expiry day (stored at noon UTC) ends at the start of that day in the zone: today's counts
  // already, even before noon UTC; the exact test is validityEnd's, below.
  const today = toDayInstant(dayKey(now, zone))!
  const bound = today > now.toISOString() ? today : now.toISOString()
  const found = await payload.find({
    collection: slugsOf(payload).consents,
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    where: {
      and: [{ expiresAt: { less_than_equal: bound } }, { revokedAt: { exists: false } }, { expiryHandledAt: { exists: false } }],
    },
    select: { person: true, expiresAt: true },
  })
  const expired = found.docs.filter((consent) => {
    const end = consent.expiresAt ? validityEnd(String(consent.expiresAt), zone) : null
    return end !== null && end <= now.getTime()
  })
  let unscheduled = 0
  for (const consent of expired) {
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
  return { consents: expired.length, unscheduled }
}
