import type { Role } from './roles'

export const WORKFLOW_STATUSES = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'unscheduled', 'archived'] as const
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]

const MANAGERS: Role[] = ['responsable', 'admin']
const WRITERS: Role[] = ['redaction', 'responsable', 'admin']

/**
 * Who may move a post from one stage to the next. `redaction` drafts and submits; `responsable`
 * approves, schedules, publishes, unschedules, archives; `collective` approves CAT-10 posts (POS-1).
 */
export const TRANSITIONS: Record<WorkflowStatus, Partial<Record<WorkflowStatus, Role[]>>> = {
  draft: { in_review: WRITERS, archived: MANAGERS },
  in_review: { draft: WRITERS, approved: [...MANAGERS, 'collective'], archived: MANAGERS },
  approved: { scheduled: MANAGERS, published: MANAGERS, in_review: MANAGERS, draft: MANAGERS, archived: MANAGERS },
  scheduled: { published: MANAGERS, unscheduled: MANAGERS, approved: MANAGERS, archived: MANAGERS },
  published: { archived: MANAGERS },
  unscheduled: { scheduled: MANAGERS, approved: MANAGERS, draft: WRITERS, archived: MANAGERS },
  archived: { draft: MANAGERS },
}

/** Stages that need every gate to hold (and warnings resolved). */
export const GATED_STATUSES: readonly WorkflowStatus[] = ['approved', 'scheduled', 'published']

/** Posts in the plan: a withdrawal (position, consent) takes these out of it. */
export const PLANNED_STATUSES: readonly WorkflowStatus[] = ['approved', 'scheduled']

/** Stages whose content only the responsible person or an administrator may change. */
export const LOCKED_STATUSES: readonly WorkflowStatus[] = ['approved', 'scheduled', 'published']

/** GOV-4: removing a post from the plan or from publication needs a reason. */
export function needsReason(from: WorkflowStatus, to: WorkflowStatus): boolean {
  return to === 'unscheduled' || to === 'archived' || from === 'published'
}

/**
 * This move approves the post: it reaches `approved` from an earlier stage. Taking a scheduled post
 * back to `approved` (un-planning it) is not a new approval; coming back from `unscheduled` is,
 * since the post may have changed meanwhile.
 */
export function isApprovalMove(from: WorkflowStatus, to: WorkflowStatus): boolean {
  return to === 'approved' && from !== 'scheduled'
}
