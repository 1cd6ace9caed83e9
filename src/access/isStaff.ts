import type { Access } from 'payload'

import { hasRole, STAFF_ROLES } from '../roles'

/** People who write or manage content. */
export const isStaff: Access = ({ req }) => hasRole(req.user, ...STAFF_ROLES)
