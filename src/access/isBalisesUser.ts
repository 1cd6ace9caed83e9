import { type MaybeUser, hasRole, ROLES } from '../roles'

/** A signed-in person with a Balises role (an account without one sees nothing of Balises). */
export const isBalisesUser = (user: MaybeUser): boolean => hasRole(user, ...ROLES)
