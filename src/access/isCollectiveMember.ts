import { type MaybeUser, hasRole } from '../roles'

/** POS-1: a member of the Collective adopts positions and approves CAT-10 posts. */
export const isCollectiveMember = (user: MaybeUser): boolean => hasRole(user, 'collective')
