import { type MaybeUser, hasRole } from '../roles'

/** FORBID-1 overrides belong to the responsible person alone. */
export const mayOverrideRules = (user: MaybeUser): boolean => hasRole(user, 'responsable')
