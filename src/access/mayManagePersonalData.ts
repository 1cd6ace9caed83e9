import { hasRole } from '../roles'

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

/** PRIV-4: people, consents and what they imply are the responsible person's and administrators'. */
export const mayManagePersonalData = (user: MaybeUser): boolean => hasRole(user, 'admin', 'responsable')
