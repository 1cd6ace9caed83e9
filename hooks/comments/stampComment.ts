import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { mentionedMembers } from '../../src/notifications/mentions'
import { rolesOf } from '../../src/roles'
import { runtimeOptionsOf } from '../../src/runtimeOptions'
import { translate } from '../../src/translations'
import { slugsOf } from '../../src/slugs'

/**
 * Who wrote a comment, whom it mentions (« @Name » in its text, against the team's names) and who
 * resolved it are written by the system, never taken from the client.
 */
export const stampComment: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const language = req.i18n?.language
  const body = typeof data.body === 'string' ? data.body.trim() : operation === 'update' ? String(originalDoc?.body ?? '') : ''
  if (!body) {
    throw new ValidationError({
      collection: slugsOf(req).comments,
      req,
      errors: [{ path: 'body', message: translate(language, 'notify:commentEmpty') }],
    })
  }
  const next: Record<string, unknown> = { ...data, body }
  if (operation === 'create') {
    // Whoever may read the post may comment on it; a missing post would reach the database as a broken reference.
    const postId = data.post && typeof data.post === 'object' ? data.post.id : data.post
    const post =
      typeof postId === 'number' || (typeof postId === 'string' && postId !== '')
        ? await req.payload
            .findByID({
              collection: slugsOf(req).posts,
              id: postId,
              draft: true,
              depth: 0,
              req,
              user: req.user,
              overrideAccess: !req.user,
              disableErrors: true,
              select: { title: true },
            })
            // An id of the wrong shape for the database is no post either.
            .catch(() => null)
        : null
    if (!post) {
      throw new ValidationError({
        collection: slugsOf(req).comments,
        req,
        errors: [{ path: 'post', message: translate(language, 'notify:commentPostMissing') }],
      })
    }
    // The system (seed, tests' fixtures) may write a comment on someone's behalf; a person only as themselves.
    next.author = req.user ? req.user.id : (data.author ?? null)
    next.authorName = req.user ? ((req.user as { name?: string | null }).name ?? '').trim() || '—' : (data.authorName ?? 'Balises')
    next.resolved = false
  }
  if (operation === 'create' || (typeof data.body === 'string' && data.body !== originalDoc?.body)) {
    const { rolesField } = runtimeOptionsOf(req)
    const team = await req.payload.find({
      collection: slugsOf(req).users,
      where: { name: { exists: true } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { name: true, [rolesField]: true },
    })
    const members = team.docs.filter((user) => rolesOf(user, rolesField).length > 0)
    next.mentions = mentionedMembers(body, members)
  }
  if (operation === 'update' && typeof data.resolved === 'boolean' && data.resolved !== Boolean(originalDoc?.resolved)) {
    next.resolvedBy = data.resolved ? (req.user?.id ?? null) : null
    next.resolvedAt = data.resolved ? new Date().toISOString() : null
  }
  return next
}
