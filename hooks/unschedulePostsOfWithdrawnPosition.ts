import type { CollectionAfterChangeHook } from 'payload'

import { translate } from '../src/translations'
import { PLANNED_STATUSES } from '../src/workflow'
import { unscheduleAsSystem } from '../src/cascades/unscheduleAsSystem'
import { slugsOf } from '../src/slugs'

const ENDED = ['withdrawn', 'superseded']
/**
 * POS-2: a position that is withdrawn or superseded takes the posts citing it out of the plan
 * (approved or scheduled → unscheduled, with the reason in their history); their authors and the
 * responsible person are notified (src/notifications/notifyStageChange.ts).
 */
export const unschedulePostsOfWithdrawnPosition: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!ENDED.includes(doc.status) || ENDED.includes(previousDoc?.status)) return doc
  const { payload } = req
  const citing = await payload.find({
    collection: slugsOf(req).posts,
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    where: { and: [{ position: { equals: doc.id } }, { workflowStatus: { in: [...PLANNED_STATUSES] } }] },
  })
  const status = translate('fr', `positions:${doc.status}` as 'positions:withdrawn').toLowerCase()
  const reason = translate('fr', 'workflowErrors:positionWithdrawnNotice', { status })
  for (const post of citing.docs) {
    await unscheduleAsSystem(req, post.id, reason)
  }
  return doc
}
