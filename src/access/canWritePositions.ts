import type { Access } from 'payload'

import { hasRole } from '../roles'

/** Official positions are drafted by the responsible person and adopted by the Collective. */
export const canWritePositions: Access = ({ req }) => hasRole(req.user, 'admin', 'responsable', 'collective')
