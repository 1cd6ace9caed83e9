import type { Access, FieldAccess } from 'payload'

import { hasRole, ROLES } from '../roles'

/** A person reads (and marks read) their own notifications only, administrators included. */
export const ownNotifications: Access = ({ req }) => {
  if (!hasRole(req.user, ...ROLES)) return false
  return { recipient: { equals: req.user!.id } }
}

/**
 * One's own account's notification choices (and administrators'). When the admin computes the
 * account page's permissions, Payload 3.90.2 passes no `id` to field access, only the document:
 * read the id from it, or the person's own choices show read-only.
 */
export const ownAccountField: FieldAccess = ({ req, id, doc, data }) => {
  if (hasRole(req.user, 'admin')) return true
  const target = id ?? doc?.id ?? data?.id
  return hasRole(req.user, ...ROLES) && target !== undefined && target !== null && String(req.user?.id) === String(target)
}
