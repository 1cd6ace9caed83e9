import type { Access } from 'payload'

import { hasRole, ROLES } from '../roles'

/** Accounts with a Balises role read every category; the public (and a roleless account) active ones only. */
export const readActiveCategories: Access = ({ req }) => (hasRole(req.user, ...ROLES) ? true : { retired: { not_equals: true } })
