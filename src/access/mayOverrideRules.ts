import { hasRole } from '../roles'

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

/** FORBID-1 overrides belong to the responsible person alone. */
export const mayOverrideRules = (user: MaybeUser): boolean => hasRole(user, 'responsable')
