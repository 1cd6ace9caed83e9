import type { Access } from 'payload'

import { hasRole } from '../roles'

/** The audit trail and the purge log: read by the responsible person and administrators. */
export const canReadRecords: Access = ({ req }) => hasRole(req.user, 'admin', 'responsable')
