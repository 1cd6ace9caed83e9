import type { Access } from 'payload'

import { hasRole, ROLES } from '../roles'

/** Administrators see every account; anyone else with a role only their own; an account without any role, nothing. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!hasRole(req.user, ...ROLES)) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user!.id } }
}
