import type { Access } from 'payload'

import { hasRole, ROLES } from '../roles'

/** A person reads (and marks read) their own notifications only, administrators included. */
export const ownNotifications: Access = ({ req }) => {
  if (!hasRole(req.user, ...ROLES)) return false
  return { recipient: { equals: req.user!.id } }
}
