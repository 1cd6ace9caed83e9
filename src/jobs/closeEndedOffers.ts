import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { atMoment } from '../../hooks/engine/clock'
import { OFFER_CLOSED_FLAG } from '../notifications/cascadeFlag'
import { loadPolicy } from '../policy/loadPolicy'
import { slugsOf } from '../slugs'
import { formatStoredDay } from '../time/formatMoment'
import { isOfferClosed } from '../time/offerClosing'
import { dayKey } from '../time/zonedTime'
import { translate } from '../translations'
import type { PostDoc } from '../types'

/** The job offers' category (CAT-6: « no offer stays up after its closing date »). */
const OFFERS = 'CAT-6'

/**
 * CAT-6: takes offline every published job offer whose closing day has ended in the organisation's
 * zone (src/time/offerClosing.ts) — the GOV-4 move published → archived, as the system, with the
 * reason « Offre fermée », kept in the post's history; the responsible person and the author are
 * notified (src/notifications/stageEvents.ts). Archiving goes through the posts' hooks like any
 * unpublication, so whatever they do when a published post leaves publication happens here too.
 *
 * Safe to run twice or concurrently: each offer is re-read in its own transaction and archived only
 * while it is still published and closed; an offer already archived, or whose closing date someone
 * moved later meanwhile, is left alone.
 */
export async function closeEndedOffers(payload: Payload, now: Date = new Date()): Promise<(number | string)[]> {
  const slugs = slugsOf(payload)
  const categories = await payload.find({
    collection: slugs.categories,
    where: { code: { equals: OFFERS } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { code: true },
  })
  if (categories.docs.length === 0) return []
  const { timeZone } = await loadPolicy({ payload })
  // Closing days are stored at noon UTC: those before today (in the zone) are the ended ones.
  const today = `${dayKey(now, timeZone)}T12:00:00.000Z`
  const candidates = await payload.find({
    collection: slugs.posts,
    draft: true,
    depth: 0,
    limit: 200,
    pagination: false,
    overrideAccess: true,
    sort: 'closingDate',
    where: {
      and: [
        { workflowStatus: { equals: 'published' } },
        { category: { in: categories.docs.map((category) => category.id) } },
        { closingDate: { less_than: today } },
      ],
    },
    select: { closingDate: true },
  })
  const closed: (number | string)[] = []
  for (const post of candidates.docs) {
    try {
      if (await closeIfStillOpen(payload, post.id, now, timeZone)) closed.push(post.id)
    } catch (error) {
      // A refusal (400) of one offer must not hold back the publications of this run: it is logged and
      // tried again at the next run. Anything else (database down…) fails the run, which is retried.
      if ((error as { status?: number }).status !== 400) throw error
      payload.logger.error({ err: error, post: post.id }, '[balises] CAT-6: a closed offer could not be archived')
    }
  }
  return closed
}

async function closeIfStillOpen(payload: Payload, id: number | string, now: Date, timeZone: string): Promise<boolean> {
  const req = await createLocalReq({ context: { ...atMoment(now), [OFFER_CLOSED_FLAG]: true } }, payload)
  const owns = await initTransaction(req)
  try {
    const current = (await payload.findByID({
      collection: slugsOf(payload).posts,
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })) as PostDoc & { closingDate?: string | null }
    const due = current.workflowStatus === 'published' && isOfferClosed(current.closingDate, timeZone, now)
    if (due) {
      const date = formatStoredDay(current.closingDate, 'fr')
      await payload.update({
        collection: slugsOf(payload).posts,
        id,
        data: { workflowStatus: 'archived', statusReason: translate('fr', 'calendar:offerClosedReason', { date }) },
        overrideAccess: true,
        req,
      })
    }
    if (owns) await commitTransaction(req)
    return due
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}
