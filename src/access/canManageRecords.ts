import type { Access } from 'payload'

import { hasRole } from '../roles'

/** Audience figures and meeting dates: kept by the responsible person and administrators. */
export const canManageRecords: Access = ({ req }) => hasRole(req.user, 'admin', 'responsable')
