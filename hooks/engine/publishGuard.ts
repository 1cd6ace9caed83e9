import { translate } from '../../src/translations'
import type { WorkflowStatus } from '../../src/workflow'
import type { FieldError } from './fieldError'

type Doc = Record<string, any>

/**
 * A post is published through the workflow only. Payload carries a stored `_status: 'published'`
 * into `data`: only a new publish request counts.
 */
export function publishGuard(data: Doc, previous: Doc, to: WorkflowStatus, language: string | undefined): FieldError[] {
  if (data._status === 'published' && previous._status !== 'published' && to !== 'published') {
    return [{ path: 'workflowStatus', message: translate(language, 'workflowErrors:publishThroughWorkflow') }]
  }
  return []
}
