import type { Access, FieldAccess } from 'payload'

import { hasRole } from '../roles'

/** Administrators see every account; anyone else only their own. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}

export const isAdminOrSelfField: FieldAccess = ({ req, id }) =>
  Boolean(req.user) && (hasRole(req.user, 'admin') || (id !== undefined && req.user?.id === id))
