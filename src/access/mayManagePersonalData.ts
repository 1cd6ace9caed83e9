import { hasRole, holdsRole, type MaybeUser, type RolesHolder, type Role } from '../roles'

/** PRIV-4: people, consents and what they imply are the responsible person's and administrators'. */
const PERSONAL_DATA_ROLES: readonly Role[] = ['admin', 'responsable']

export const mayManagePersonalData = (user: MaybeUser): boolean => hasRole(user, ...PERSONAL_DATA_ROLES)

/** The same for a save's actor, whose roles are already read from the account (hooks/engine/actor.ts). */
export const actorMayManagePersonalData = (actor: RolesHolder): boolean => holdsRole(actor, ...PERSONAL_DATA_ROLES)
