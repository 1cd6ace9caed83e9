import { isCollectiveMember } from './access/isCollectiveMember'
import { holdsRole, STAFF_ROLES, type Role } from './roles'
import { isApprovalMove, LOCKED_STATUSES, needsReason, TRANSITIONS, type WorkflowStatus } from './workflow'

/** The person moving the post; null or undefined: the system (seed, job, cascade), which the table does not bind. */
export type MoveActor = { roles?: readonly string[] | null } | null | undefined

/**
 * What is known about the post and the save. A fact left out is not checked: the action bar and the
 * calendar ask who may move before anyone writes a reason or a date; the save hook gives them all.
 */
export type MoveFacts = {
  /** The post's category code (CAT-1..CAT-10), for POS-1. */
  categoryCode?: string | null
  /** The person moving is the post's author (taking one's own post out of review is no send-back). */
  byAuthor?: boolean
  /** The save changes what gets published. */
  changesContent?: boolean
  /** The reason written for the move, trimmed. */
  reason?: string
  /** The post has a publication date. */
  hasPublishAt?: boolean
}

export type MoveRefusal =
  /** No such move in the workflow; `next` lists the stages this one leads to. */
  | { kind: 'unknown'; path: 'workflowStatus'; next: WorkflowStatus[] }
  /** The move exists, not for these roles. */
  | { kind: 'forbidden'; path: 'workflowStatus' }
  /** POS-1: a CAT-10 post is approved by a member of the Collective. */
  | { kind: 'collective'; path: 'workflowStatus' }
  /** Only staff change content (the Collective approves, it does not write). */
  | { kind: 'notStaff'; path: 'workflowStatus' }
  /** After approval, only the responsible person or an administrator changes the content. */
  | { kind: 'locked'; path: 'workflowStatus' }
  /** GOV-4: removing a post from the plan or from publication needs a reason. */
  | { kind: 'reasonRequired'; path: 'statusReason' }
  /** Sending someone else's post back needs a comment for its author. */
  | { kind: 'sendBackNeedsComment'; path: 'statusReason' }
  | { kind: 'scheduleNeedsDate'; path: 'publishAt' }

const MANAGERS: Role[] = ['responsable', 'admin']

/** Sending a post back: someone other than its author takes it out of review. */
function isSendBack(from: WorkflowStatus, to: WorkflowStatus, byAuthor: boolean): boolean {
  return from === 'in_review' && to === 'draft' && !byAuthor
}

/** POS-1: this move approves a CAT-10 post and the person is not a member of the Collective. */
export function collectiveMustApprove(
  from: WorkflowStatus,
  to: WorkflowStatus,
  categoryCode: string | null | undefined,
  actor: MoveActor,
): boolean {
  return Boolean(actor) && isApprovalMove(from, to) && categoryCode === 'CAT-10' && !isCollectiveMember(actor)
}

function whoRefusal(
  from: WorkflowStatus,
  to: WorkflowStatus,
  actor: NonNullable<MoveActor>,
  categoryCode: string | null,
): MoveRefusal | null {
  const allowed = TRANSITIONS[from]?.[to]
  if (!allowed) return { kind: 'unknown', path: 'workflowStatus', next: Object.keys(TRANSITIONS[from] ?? {}) as WorkflowStatus[] }
  const matching = allowed.filter((role) => holdsRole(actor, role))
  if (matching.length === 0) return { kind: 'forbidden', path: 'workflowStatus' }
  // A member of the Collective who is not also a manager approves CAT-10 posts only.
  if (matching.every((role) => role === 'collective') && categoryCode !== 'CAT-10') return { kind: 'forbidden', path: 'workflowStatus' }
  return null
}

/**
 * Whether this person may move a post from one stage to another (the same stage: a save that
 * changes its content) and what the move lacks, in the order a save reports them. Empty: allowed.
 * Every caller asks here, so the save, the action bar and the calendar cannot disagree.
 */
export function checkMove(from: WorkflowStatus, to: WorkflowStatus, actor: MoveActor, facts: MoveFacts = {}): MoveRefusal[] {
  const refusals: MoveRefusal[] = []
  const moving = from !== to
  if (actor && moving) {
    const refusal = whoRefusal(from, to, actor, facts.categoryCode ?? null)
    if (refusal) refusals.push(refusal)
    else if (collectiveMustApprove(from, to, facts.categoryCode, actor)) refusals.push({ kind: 'collective', path: 'workflowStatus' })
  }
  if (actor && facts.changesContent && !holdsRole(actor, ...STAFF_ROLES)) {
    refusals.push({ kind: 'notStaff', path: 'workflowStatus' })
  } else if (actor && facts.changesContent && LOCKED_STATUSES.includes(from) && !holdsRole(actor, ...MANAGERS)) {
    refusals.push({ kind: 'locked', path: 'workflowStatus' })
  }
  if (moving && facts.reason !== undefined && !facts.reason) {
    if (needsReason(from, to)) refusals.push({ kind: 'reasonRequired', path: 'statusReason' })
    else if (actor && isSendBack(from, to, Boolean(facts.byAuthor))) refusals.push({ kind: 'sendBackNeedsComment', path: 'statusReason' })
  }
  if (to === 'scheduled' && facts.hasPublishAt === false) refusals.push({ kind: 'scheduleNeedsDate', path: 'publishAt' })
  return refusals
}
