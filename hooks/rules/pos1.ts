import { collectiveMustApprove } from '../../src/checkMove'
import { categoryCode } from './categoryCode'
import { ruleMessage, violation } from './messages'
import type { TranslationKey } from '../../src/translations'
import type { PositionStatus, Rule, Violation } from './types'

const STATUS_WORDS: Record<Exclude<PositionStatus, 'adopted'>, TranslationKey> = {
  draft: 'ruleMessages:pos1StatusDraft',
  withdrawn: 'ruleMessages:pos1StatusWithdrawn',
  superseded: 'ruleMessages:pos1StatusSuperseded',
}

/**
 * POS-1: a CAT-10 post cites an official position adopted by the Collective, and only a member of
 * the Collective approves it. The system (seed, scheduled jobs: actor null) is not a person
 * approving and is not checked.
 */
export const pos1Rule: Rule = {
  id: 'POS-1',
  level: 'gate',
  get title() {
    return ruleMessage('ruleTitles:pos1')
  },
  check(post, context) {
    if (categoryCode(post, context) !== 'CAT-10') return []
    const violations: Violation[] = []
    if (post.positionId === null) {
      violations.push(violation(pos1Rule, 'position', ruleMessage('ruleMessages:pos1Missing'), { incomplete: true }))
    } else if (!context.position) {
      violations.push(violation(pos1Rule, 'position', ruleMessage('ruleMessages:pos1Unknown')))
    } else if (context.position.status !== 'adopted') {
      violations.push(
        violation(
          pos1Rule,
          'position',
          ruleMessage('ruleMessages:pos1NotAdopted', {
            title: context.position.title,
            status: ruleMessage(STATUS_WORDS[context.position.status]),
          }),
        ),
      )
    }
    const { transition } = context
    if (transition && collectiveMustApprove(transition.from, transition.to, 'CAT-10', context.actor)) {
      violations.push(violation(pos1Rule, 'workflowStatus', ruleMessage('ruleMessages:pos1NotCollective')))
    }
    return violations
  },
}
