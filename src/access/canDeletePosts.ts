import type { Access } from 'payload'

import { hasRole } from '../roles'

export const canDeletePosts: Access = ({ req }) => hasRole(req.user, 'admin', 'responsable')
