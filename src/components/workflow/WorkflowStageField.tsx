'use client'

import { useField, useTranslation } from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'

import { translate } from '../../translations'
import { WorkflowStageBadge } from './WorkflowStageBadge'

/** The « Étape » field of a post: a badge, changed only by the workflow actions. */
export const WorkflowStageField: SelectFieldClientComponent = ({ path }) => {
  const { value } = useField<string>({ path: path ?? 'workflowStatus' })
  const { i18n } = useTranslation()
  return (
    <div className="field-type balises-stage-field">
      <span className="field-label">{translate(i18n.language, 'workflowActions:stage')}</span>
      <WorkflowStageBadge stage={value} language={i18n.language} />
    </div>
  )
}
