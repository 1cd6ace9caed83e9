'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { translate } from '../../translations'
import { WorkflowActions } from './WorkflowActions'
import { WorkflowStageBadge } from './WorkflowStageBadge'

/** The stage column of the posts list: the badge, and a small menu of the same actions as the edit view. */
export function WorkflowStageCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const id = (rowData as { id?: number | string })?.id
  const title = String((rowData as { title?: string })?.title ?? '')
  return (
    <div className="balises-stage-cell">
      <WorkflowStageBadge stage={cellData} language={i18n.language} />
      <button
        type="button"
        className="balises-stage-cell__menu"
        aria-expanded={open}
        aria-label={translate(i18n.language, 'workflowActions:menu')}
        title={translate(i18n.language, 'workflowActions:menu')}
        data-testid="workflow-row-menu"
        onClick={() => setOpen(!open)}
      >
        ⋯
      </button>
      {open ? (
        <div className="balises-stage-cell__popover" data-testid="workflow-row-actions">
          <WorkflowActions
            id={id}
            title={title}
            language={i18n.language}
            size="small"
            onDone={() => {
              setOpen(false)
              router.refresh()
            }}
          />
        </div>
      ) : null}
    </div>
  )
}
