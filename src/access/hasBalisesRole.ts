import type { Access, FieldAccess } from 'payload'

import { hasRole, ROLES } from '../roles'

/**
 * Anyone with a Balises role (staff and Collective members). Being signed in is not enough: an
 * account whose roles were all removed reads no more than the public.
 */
export const hasBalisesRole: Access = ({ req }) => hasRole(req.user, ...ROLES)

/** For fields the public never reads (a post's history, findings, overrides, author). */
export const hasBalisesRoleField: FieldAccess = ({ req }) => hasRole(req.user, ...ROLES)
