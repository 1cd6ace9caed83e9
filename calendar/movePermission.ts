import { mayDatePosts, mayPlanPosts } from '../src/access/calendarAbilities'
import type { WorkflowStatus } from '../src/workflow'

/** Stages a post may be moved from on the calendar. */
export const MOVABLE_STATUSES: readonly WorkflowStatus[] = ['draft', 'in_review', 'approved', 'scheduled', 'unscheduled']

/** Stages whose date only the responsible person or an administrator plans (approved → scheduled, GOV-1). */
const PLANNED_BY_MANAGERS: readonly WorkflowStatus[] = ['approved', 'scheduled', 'unscheduled']

/**
 * Whether the calendar offers this person to drag this post: the same answer the save would give
 * for a date change (staff date drafts; only managers plan approved posts). Collective members, who
 * change no content, drag nothing. The server still checks every move.
 */
export function mayMoveOnCalendar(status: WorkflowStatus, user: { roles?: readonly string[] | null } | null | undefined): boolean {
  if (!MOVABLE_STATUSES.includes(status)) return false
  return PLANNED_BY_MANAGERS.includes(status) ? mayPlanPosts(user) : mayDatePosts(user)
}
