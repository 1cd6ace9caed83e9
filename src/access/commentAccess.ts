import type { Access, FieldAccess, Where } from 'payload'

import { hasRole, ROLES } from '../roles'

/**
 * Comments are read and written like the drafts of the post they are on: by every Balises role
 * (all of them read every post's drafts). Only the author changes or deletes a comment; the post's
 * author and the responsible person (and administrators) also resolve and reopen it.
 */
export const canUpdateComments: Access = ({ req }) => {
  if (!hasRole(req.user, ...ROLES)) return false
  if (hasRole(req.user, 'responsable', 'admin')) return true
  const own: Where[] = [{ author: { equals: req.user!.id } }, { 'post.author': { equals: req.user!.id } }]
  return { or: own }
}

/** Only the author (and administrators) delete a comment. */
export const canDeleteComments: Access = ({ req }) => {
  if (!hasRole(req.user, ...ROLES)) return false
  if (hasRole(req.user, 'admin')) return true
  return { author: { equals: req.user!.id } }
}

/** The text of a comment is its author's alone. */
export const isCommentAuthorField: FieldAccess = ({ req, doc }) => {
  if (!hasRole(req.user, ...ROLES)) return false
  const author = doc?.author && typeof doc.author === 'object' ? doc.author.id : doc?.author
  return author !== undefined && author !== null && String(author) === String(req.user!.id)
}
