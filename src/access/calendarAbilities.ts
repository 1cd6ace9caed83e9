import { hasRole, STAFF_ROLES } from '../roles'

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

/** Plans approved posts on the calendar (GOV-1): the responsible person and administrators. */
export const mayPlanPosts = (user: MaybeUser): boolean => hasRole(user, 'responsable', 'admin')

/** Dates drafts and posts in review on the calendar: staff. */
export const mayDatePosts = (user: MaybeUser): boolean => hasRole(user, ...STAFF_ROLES)
