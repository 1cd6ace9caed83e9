import { type MaybeUser, hasRole } from '../roles'

/** PRIV-4: people, consents and what they imply are the responsible person's and administrators'. */
export const mayManagePersonalData = (user: MaybeUser): boolean => hasRole(user, 'admin', 'responsable')
