import { hasRole } from '../roles'

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

/** The responsible person or an administrator: reviews, plans, sees personal findings. */
export const isManager = (user: MaybeUser): boolean => hasRole(user, 'responsable', 'admin')
