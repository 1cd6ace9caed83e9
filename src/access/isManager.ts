import { type MaybeUser, hasRole } from '../roles'

/** The responsible person or an administrator: reviews, plans, sees personal findings. */
export const isManager = (user: MaybeUser): boolean => hasRole(user, 'responsable', 'admin')
