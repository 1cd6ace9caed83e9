import { OVERRIDABLE_RULES } from '../../src/overrides'
import type { WorkflowStatus } from '../../src/workflow'
import { RULES } from '../rules'
import type { PostSnapshot, Rule, RuleContext, RuleLevel, Violation } from '../rules/types'

export type Finding = Violation & {
  /** The level that applies at this stage (an incomplete draft holds blocks as gates). */
  effectiveLevel: RuleLevel
  overridden: boolean
}

/** Stages that take a post out of circulation: never prevented by its content. */
const WITHDRAWING: readonly WorkflowStatus[] = ['unscheduled', 'archived']

/** Runs the rules (every one unless told) and decides what each finding means at the stage the post is going to. */
export function evaluate(
  post: PostSnapshot,
  context: RuleContext,
  { target, overriddenRules, rules = RULES }: { target: WorkflowStatus; overriddenRules: readonly string[]; rules?: readonly Rule[] },
): Finding[] {
  return rules
    .flatMap((rule) => rule.check(post, context))
    .map((violation) => {
      let effectiveLevel = violation.level
      if (violation.level === 'block' && violation.rule !== 'FORBID-3') {
        if (WITHDRAWING.includes(target) || (target === 'draft' && violation.incomplete)) effectiveLevel = 'gate'
      }
      const overridden =
        violation.level === 'warn' && OVERRIDABLE_RULES.includes(violation.rule) && overriddenRules.includes(violation.rule)
      return { ...violation, effectiveLevel, overridden }
    })
}

/** What refuses this save: blocks always; gates and unresolved warnings when the stage needs them. */
export function refusals(findings: Finding[], gated: boolean): Finding[] {
  return findings.filter(
    (finding) =>
      finding.effectiveLevel === 'block' ||
      (gated && finding.effectiveLevel === 'gate') ||
      (gated && finding.effectiveLevel === 'warn' && !finding.overridden),
  )
}
