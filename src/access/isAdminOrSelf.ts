import type { Access, FieldAccess } from 'payload'

import { hasRole, ROLES } from '../roles'

/** Administrators see every account; anyone else with a role only their own; an account without any role, nothing. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!hasRole(req.user, ...ROLES)) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user!.id } }
}

export const isAdminOrSelfField: FieldAccess = ({ req, id }) =>
  hasRole(req.user, 'admin') || (hasRole(req.user, ...ROLES) && id !== undefined && req.user?.id === id)
