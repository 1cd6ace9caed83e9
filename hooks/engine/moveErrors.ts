import type { MoveRefusal } from '../../src/checkMove'
import { translate } from '../../src/translations'
import type { WorkflowStatus } from '../../src/workflow'
import type { Actor } from '../rules/types'
import type { FieldError } from './fieldError'

const stageLabel = (language: string | undefined, status: WorkflowStatus) => translate(language, `workflow:${status}`)

/** checkMove's refusals as the save's field messages. */
export function moveErrors(
  refusals: MoveRefusal[],
  { from, to, actor, language }: { from: WorkflowStatus; to: WorkflowStatus; actor: Actor | null; language: string | undefined },
): FieldError[] {
  return refusals.flatMap((refusal): FieldError[] => {
    const at = (message: string) => [{ path: refusal.path, message }]
    switch (refusal.kind) {
      case 'unknown': {
        const next = refusal.next
          .map((status) => translate(language, 'systemTexts:quoted', { text: stageLabel(language, status) }))
          .join(', ')
        return at(
          translate(language, 'workflowErrors:transitionUnknown', { from: stageLabel(language, from), to: stageLabel(language, to), next }),
        )
      }
      case 'forbidden': {
        const roles = (actor?.roles ?? []).map((role) => translate(language, `roles:${role}` as 'roles:admin')).join(', ') || '—'
        return at(
          translate(language, 'workflowErrors:transitionNotAllowed', {
            from: stageLabel(language, from),
            to: stageLabel(language, to),
            roles,
          }),
        )
      }
      // The POS-1 rule reports it, with its rule ID, among the findings.
      case 'collective':
        return []
      case 'notStaff':
        return at(translate(language, 'workflowErrors:collectiveApprovesOnly'))
      case 'locked':
        return at(translate(language, 'workflowErrors:lockedAfterApproval', { status: stageLabel(language, from) }))
      case 'reasonRequired':
        return at(translate(language, 'workflowErrors:reasonRequired', { to: stageLabel(language, to) }))
      case 'sendBackNeedsComment':
        return at(translate(language, 'workflowActions:sendBackNeedsComment'))
      case 'scheduleNeedsDate':
        return at(translate(language, 'workflowErrors:scheduleNeedsDate'))
    }
  })
}
