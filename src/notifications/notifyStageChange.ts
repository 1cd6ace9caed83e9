import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../hooks/engine/snapshot'
import { displayName, holdersOf, policyTimeZone, responsables } from './audience'
import { CASCADE_FLAG, OFFER_CLOSED_FLAG } from './cascadeFlag'
import { formatWhen, noticeMessages } from './messages'
import { notify } from './notify'
import { stageNotices, type HistoryRow } from './stageEvents'
import { slugsOf } from '../slugs'

/** The posts' afterChange: a new row in a post's history tells those it concerns (bell, e-mail). */
export const notifyStageChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const history = Array.isArray(doc.history) ? (doc.history as Record<string, unknown>[]) : []
  const before = operation === 'update' && Array.isArray(previousDoc?.history) ? previousDoc.history.length : 0
  if (history.length <= before) return doc
  const last = history.at(-1)!
  // A delivery event (src/deliveries/postHistory.ts) is no stage change; its failures notify on their own.
  if (!last.to) return doc
  const row: HistoryRow = {
    from: String(last.from),
    to: String(last.to),
    by: relationId(last.by),
    reason: (last.reason as string | null) ?? null,
  }
  const { payload } = req
  const categoryId = relationId(doc.category)
  const category =
    categoryId === null
      ? null
      : await payload.findByID({
          collection: slugsOf(payload).categories,
          id: categoryId,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
  const collectiveApproves = (category as { code?: string } | null)?.code === 'CAT-10'
  const notices = stageNotices(row, {
    author: relationId(doc.author),
    responsables: await responsables(payload, req),
    collective: collectiveApproves ? await holdersOf(payload, ['collective'], req) : [],
    collectiveApproves,
    cascade: Boolean(req.context?.[CASCADE_FLAG]),
    offerClosed: Boolean(req.context?.[OFFER_CLOSED_FLAG]),
  })
  if (notices.length === 0) return doc
  const actor = (await displayName(payload, row.by, req)) ?? undefined
  const zone = await policyTimeZone(payload, req)
  const publishAt = typeof doc.publishAt === 'string' ? doc.publishAt : null
  const values = (language: 'fr' | 'en') => ({
    title: String(doc.title ?? ''),
    actor,
    // The history row's reason is written for every signed-in reader: it names no person (PRIV-4).
    reason: row.reason ?? undefined,
    when: publishAt ? formatWhen(publishAt, zone, language) : '',
  })
  await notify(
    payload,
    notices.flatMap(({ kind, recipients }) => {
      const messages = noticeMessages(kind, { fr: values('fr'), en: values('en') })
      return recipients.map((recipient) => ({ recipient, kind, messages, post: doc.id }))
    }),
    req,
  )
  return doc
}
