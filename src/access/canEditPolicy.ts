import type { Access } from 'payload'

import { hasRole } from '../roles'

export const canEditPolicy: Access = ({ req }) => hasRole(req.user, 'admin', 'responsable')
