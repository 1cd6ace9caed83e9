import type { CollectionAfterChangeHook } from 'payload'

import { translate } from '../src/translations'
import { PLANNED_STATUSES } from '../src/workflow'
import { responsiblePersonEmail, sendNotice, unscheduleAsSystem } from './engine/notices'
import { relationId } from './engine/snapshot'

/**
 * PRIV-3: withdrawing a consent takes every approved or scheduled post showing that person out of
 * the plan at once (→ unscheduled, with the reason in its history), before any publication run, and
 * tells the responsible person. The publication job re-checks consents anyway (expiry included).
 */
export const unschedulePostsOfWithdrawnConsent: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!doc.revokedAt || previousDoc?.revokedAt) return doc
  const personId = relationId(doc.person)
  if (personId === null) return doc
  const { payload } = req
  const images = await payload.find({
    collection: 'media',
    where: { people: { contains: personId } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { filename: true },
  })
  if (images.docs.length === 0) return doc
  const showing = await payload.find({
    collection: 'posts',
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    where: { and: [{ media: { in: images.docs.map((image) => image.id) } }, { workflowStatus: { in: [...PLANNED_STATUSES] } }] },
    select: { title: true },
  })
  const date = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'America/Toronto' }).format(new Date(doc.revokedAt))
  const reason = translate('fr', 'workflowErrors:consentWithdrawnNotice', { date })
  for (const post of showing.docs) await unscheduleAsSystem(req, post.id, reason)
  if (showing.docs.length > 0) {
    await sendNotice(
      payload,
      await responsiblePersonEmail(payload, req),
      `PRIV-3 — ${showing.docs.length} publication(s) déprogrammée(s)`,
      `${reason}\n\n${showing.docs.map((post) => `- ${post.title}`).join('\n')}`,
    )
  }
  return doc
}
