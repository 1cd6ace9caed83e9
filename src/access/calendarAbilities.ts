import { mayMoveOnCalendar } from '../../calendar/movePermission'
import type { MaybeUser } from '../roles'

/** Plans approved posts on the calendar (GOV-1): the responsible person and administrators. */
export const mayPlanPosts = (user: MaybeUser): boolean => mayMoveOnCalendar('approved', user)

/** Dates drafts and posts in review on the calendar: staff. */
export const mayDatePosts = (user: MaybeUser): boolean => mayMoveOnCalendar('draft', user)
