import type { Access } from 'payload'

import { hasRole, type MaybeUser } from '../roles'

/** The organisation's network accounts (issue 15): connected and tested by the responsible person and administrators. */
export const mayManageChannels = (user: MaybeUser): boolean => hasRole(user, 'admin', 'responsable')

export const canManageChannels: Access = ({ req }) => mayManageChannels(req.user)
