import type { CollectionAfterChangeHook } from 'payload'

import { translate } from '../src/translations'
import { asSystem } from './engine/actor'

const ENDED = ['withdrawn', 'superseded']
const IN_THE_PLAN = ['approved', 'scheduled']

/**
 * POS-2: a position that is withdrawn or superseded takes the posts citing it out of the plan
 * (approved or scheduled → unscheduled, with the reason in their history) and tells their authors.
 */
export const unschedulePostsOfWithdrawnPosition: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!ENDED.includes(doc.status) || ENDED.includes(previousDoc?.status)) return doc
  const { payload } = req
  const citing = await payload.find({
    collection: 'posts',
    draft: true,
    depth: 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    where: { and: [{ position: { equals: doc.id } }, { workflowStatus: { in: IN_THE_PLAN } }] },
  })
  const status = translate('fr', `positions:${doc.status}` as 'positions:withdrawn').toLowerCase()
  const reason = translate('fr', 'workflowErrors:positionWithdrawnNotice', { status })
  for (const post of citing.docs) {
    await asSystem(req, () =>
      payload.update({
        collection: 'posts',
        id: post.id,
        data: { workflowStatus: 'unscheduled', statusReason: reason },
        overrideAccess: true,
        req,
      }),
    )
    const author = post.author as { email?: string } | null
    if (author && typeof author === 'object' && author.email) {
      await payload
        .sendEmail({ to: author.email, subject: `[Balises] ${post.title}`, text: `${reason}\n\n« ${post.title} »` })
        .catch((error: unknown) => payload.logger.warn({ err: error, msg: 'POS-2 notice e-mail not sent' }))
    }
  }
  return doc
}
