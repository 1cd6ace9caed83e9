import type { CollectionAfterChangeHook } from 'payload'

import { relationId, relationIds } from '../engine/snapshot'
import { excerpt, noticeMessages } from '../../src/notifications/messages'
import { notify } from '../../src/notifications/notify'
import { slugsOf } from '../../src/slugs'

/** A person newly mentioned in a comment is notified (not the comment's author). */
export const notifyMentions: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = new Set(operation === 'update' ? relationIds(previousDoc?.mentions).map(String) : [])
  const author = relationId(doc.author)
  const mentioned = relationIds(doc.mentions).filter((id) => !before.has(String(id)) && String(id) !== String(author))
  if (mentioned.length === 0) return doc
  const postId = relationId(doc.post)
  const post =
    postId === null
      ? null
      : await req.payload.findByID({
          collection: slugsOf(req).posts,
          id: postId,
          draft: true,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
          select: { title: true },
        })
  const values = { actor: String(doc.authorName ?? 'Balises'), title: String(post?.title ?? ''), excerpt: excerpt(String(doc.body ?? '')) }
  const messages = noticeMessages('mention', { fr: values, en: values })
  await notify(
    req.payload,
    mentioned.map((recipient) => ({ recipient, kind: 'mention' as const, messages, post: postId })),
    req,
  )
  return doc
}
