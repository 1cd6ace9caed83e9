import type { Access } from 'payload'

import { hasRole, STAFF_ROLES } from '../roles'

/** Staff edit posts; Collective members reach them to approve CAT-10 posts (the workflow hook says what they may change). */
export const canUpdatePosts: Access = ({ req }) => hasRole(req.user, ...STAFF_ROLES, 'collective')
