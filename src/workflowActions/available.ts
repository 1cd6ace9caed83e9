import { isManager } from '../access/isManager'
import { checkMove } from '../checkMove'
import type { WorkflowStatus } from '../workflow'
import { rolesOf } from '../roles'

export const WORKFLOW_ACTIONS = [
  'submit',
  'withdraw',
  'sendBack',
  'approve',
  'schedule',
  'publishNow',
  'unschedule',
  'unpublish',
  'archive',
  'restore',
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** The stage each action moves a post to, from each stage it can start from. */
export const ACTION_MOVES: Record<WorkflowAction, Partial<Record<WorkflowStatus, WorkflowStatus>>> = {
  submit: { draft: 'in_review' },
  withdraw: { in_review: 'draft' },
  sendBack: { in_review: 'draft' },
  approve: { in_review: 'approved', unscheduled: 'approved' },
  schedule: { approved: 'scheduled', unscheduled: 'scheduled' },
  publishNow: { approved: 'published', scheduled: 'published' },
  unschedule: { scheduled: 'unscheduled' },
  // The only way out of `published` in TRANSITIONS: taken offline and kept, with its GOV-4 reason.
  unpublish: { published: 'archived' },
  archive: { draft: 'archived', in_review: 'archived', approved: 'archived', scheduled: 'archived', unscheduled: 'archived' },
  restore: { archived: 'draft', unscheduled: 'draft' },
}

type Id = number | string
type Relation = Id | { id: Id } | null | undefined

export type WorkflowPost = {
  workflowStatus?: WorkflowStatus | null
  author?: Relation
  /** The category's code (CAT-1..CAT-10), or a populated category carrying it. */
  categoryCode?: string | null
  category?: Relation | { id: Id; code?: string | null }
}

export type WorkflowUser = { id: Id; roles?: readonly string[] | null } | null | undefined

function idOf(relation: Relation): Id | null {
  if (relation === null || relation === undefined) return null
  return typeof relation === 'object' ? relation.id : relation
}

function codeOf(post: WorkflowPost): string | null {
  if (post.categoryCode !== undefined) return post.categoryCode
  const category = post.category
  return category && typeof category === 'object' && 'code' in category ? (category.code ?? null) : null
}

export function isAuthor(post: WorkflowPost, user: WorkflowUser): boolean {
  const author = idOf(post.author)
  return Boolean(user) && author !== null && String(author) === String(user!.id)
}

/** Why an action is not offered: not at this stage, or not for this person. */
export type ActionRefusal = 'stage' | 'author' | 'role' | 'collective'

/** Whether this person may take this action on this post now (null), or why not. */
export function actionRefusal(action: WorkflowAction, post: WorkflowPost, user: WorkflowUser): ActionRefusal | null {
  const from: WorkflowStatus = post.workflowStatus ?? 'draft'
  const to = ACTION_MOVES[action][from]
  if (!to) return 'stage'
  const roles = rolesOf(user)
  const code = codeOf(post)
  if (action === 'withdraw' && !isAuthor(post, user)) return 'author'
  // The author takes their own post back (withdraw); sending back is the reviewer's move.
  if (action === 'sendBack' && (isAuthor(post, user) || !isManager(user))) return 'role'
  const [refusal] = checkMove(from, to, { roles }, { categoryCode: code, byAuthor: isAuthor(post, user) })
  if (!refusal) return null
  if (refusal.kind === 'collective') return 'collective'
  return code === 'CAT-10' && action === 'approve' ? 'collective' : 'role'
}

/** The actions this person may take on this post now, in the order the action bar shows them. */
export function availableWorkflowActions(post: WorkflowPost, user: WorkflowUser): WorkflowAction[] {
  if (!user) return []
  return WORKFLOW_ACTIONS.filter((action) => actionRefusal(action, post, user) === null)
}

/** Actions that need a written reason (GOV-4, and a send-back's comment). */
export const REASON_ACTIONS: readonly WorkflowAction[] = ['sendBack', 'unschedule', 'unpublish', 'archive']
