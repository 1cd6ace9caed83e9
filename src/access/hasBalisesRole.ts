import type { Access } from 'payload'

import { hasRole, ROLES } from '../roles'

/** Anyone with a Balises role (staff and Collective members). */
export const hasBalisesRole: Access = ({ req }) => hasRole(req.user, ...ROLES)
