import type { Role } from './roles'

export const WORKFLOW_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'scheduled',
  'published',
  'unscheduled',
  'archived',
] as const
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
 * Sending a post back: someone other than its author takes it out of review. The author is told
 * why, so the move needs a comment (kept as the history row's reason).
 */
export function isSendBack(from: WorkflowStatus, to: WorkflowStatus, byAuthor: boolean): boolean {
  return from === 'in_review' && to === 'draft' && !byAuthor
}

export type TransitionRefusal =
  | { kind: 'unknown'; next: WorkflowStatus[] }
  | { kind: 'forbidden' }

/**
 * Whether these roles may make this move. A Collective member who is not also a manager approves
 * CAT-10 posts only.
 */
export function checkTransition(
  from: WorkflowStatus,
  to: WorkflowStatus,
  roles: readonly string[],
  categoryCode: string | null,
): TransitionRefusal | null {
  const allowed = TRANSITIONS[from]?.[to]
  if (!allowed) return { kind: 'unknown', next: Object.keys(TRANSITIONS[from] ?? {}) as WorkflowStatus[] }
  const matching = allowed.filter((role) => roles.includes(role))
  if (matching.length === 0) return { kind: 'forbidden' }
  const onlyAsCollective = matching.every((role) => role === 'collective')
  if (onlyAsCollective && categoryCode !== 'CAT-10') return { kind: 'forbidden' }
  return null
}
