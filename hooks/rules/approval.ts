import { isApprovalMove } from '../../src/workflow'
import type { RuleContext } from './types'

/** This save approves the post (see isApprovalMove). */
export function isApproval(context: RuleContext): boolean {
  return context.transition !== null && isApprovalMove(context.transition.from, context.transition.to)
}
