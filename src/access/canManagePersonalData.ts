import type { Access, FieldAccess } from 'payload'

import { hasRole } from '../roles'

/** PRIV-4: people and consents are readable and writable only by the responsible person and administrators. */
export const canManagePersonalData: Access = ({ req }) => hasRole(req.user, 'admin', 'responsable')

export const canManagePersonalDataField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'responsable')
