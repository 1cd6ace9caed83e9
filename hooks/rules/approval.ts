import type { RuleContext } from './types'

/**
 * This save approves the post: it moves to `approved` from an earlier stage. Taking a scheduled
 * post back to `approved` (un-planning it) is not a new approval; coming back from `unscheduled`
 * is, since the post may have changed meanwhile.
 */
export function isApproval(context: RuleContext): boolean {
  return context.transition?.to === 'approved' && context.transition.from !== 'scheduled'
}
