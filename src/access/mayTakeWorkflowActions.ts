import { isBalisesUser } from './isBalisesUser'
import type { MaybeUser } from '../roles'

/**
 * Who may ask the workflow endpoint anything: a signed-in person with a Balises role. Which
 * actions they may take on which post is `availableWorkflowActions`' answer, and the save's hook
 * checks it again.
 */
export function mayTakeWorkflowActions(user: MaybeUser): boolean {
  return isBalisesUser(user)
}
