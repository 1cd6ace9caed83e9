'use client'

import { translate } from '../../translations'
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../../workflow'

import './workflow.css'

/** The post's stage, read-only: the one status shown for a post. */
export function WorkflowStageBadge({ stage, language }: { stage: unknown; language: string }) {
  const known: WorkflowStatus = WORKFLOW_STATUSES.includes(stage as WorkflowStatus) ? (stage as WorkflowStatus) : 'draft'
  return (
    <span className={`balises-stage balises-stage--${known}`} data-testid="workflow-badge" data-stage={known}>
      {translate(language, `workflow:${known}`)}
    </span>
  )
}
