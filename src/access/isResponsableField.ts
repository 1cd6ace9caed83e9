import type { FieldAccess } from 'payload'

import { hasRole } from '../roles'

/** FORBID-1 overrides belong to the responsible person alone. */
export const isResponsableField: FieldAccess = ({ req }) => hasRole(req.user, 'responsable')
