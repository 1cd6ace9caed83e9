import { checkMove } from '../src/checkMove'
import { rolesOf } from '../src/roles'
import type { WorkflowStatus } from '../src/workflow'

/** Stages a post may be moved from on the calendar. */
export const MOVABLE_STATUSES: readonly WorkflowStatus[] = ['draft', 'in_review', 'approved', 'scheduled', 'unscheduled']

/** The stage a drop on the calendar leaves the post at: an approved (or unscheduled) post dropped on a day is scheduled. */
export function calendarDropTarget(status: WorkflowStatus): WorkflowStatus {
  return status === 'approved' || status === 'unscheduled' ? 'scheduled' : status
}

/**
 * Whether the calendar offers this person to drag this post: the answer checkMove gives the save
 * of a new date (staff date drafts; only managers plan approved posts; Collective members, who
 * change no content, drag nothing). The server still checks every move.
 */
export function mayMoveOnCalendar(status: WorkflowStatus, user: object | null | undefined): boolean {
  if (!user || !MOVABLE_STATUSES.includes(status)) return false
  return checkMove(status, calendarDropTarget(status), { roles: rolesOf(user) }, { changesContent: true }).length === 0
}
