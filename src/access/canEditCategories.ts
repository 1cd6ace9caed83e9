import type { Access } from 'payload'

import { hasRole } from '../roles'

export const canEditCategories: Access = ({ req }) => hasRole(req.user, 'admin', 'responsable')
