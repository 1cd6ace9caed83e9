'use client'

import { Button, toast, useAuth } from '@payloadcms/ui'
import { useState } from 'react'

import { mayOverrideRules } from '../../access/mayOverrideRules'
import { translate } from '../../translations'
import type { WorkflowAction } from '../../workflowActions/available'
import type { ActionAnswer } from './api'
import { useWorkflowActions } from './useWorkflowActions'
import { WorkflowDialog } from './WorkflowDialog'

type Props = {
  id: number | string | null | undefined
  title: string
  language: string
  /** After the server accepted an action: the edit view or the list shows the new stage. */
  onDone: (doc: Record<string, unknown>) => void
  /** The list's menu loads the actions when it opens; the edit view at once. */
  load?: boolean
  size?: 'small' | 'medium'
}

/** One button per action the person may take now, each confirmed in its dialog. */
export function WorkflowActions({ id, title, language, onDone, load = true, size = 'medium' }: Props) {
  const { user } = useAuth()
  const { info, reload, submit } = useWorkflowActions(id, language, load)
  const [open, setOpen] = useState<WorkflowAction | null>(null)
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key)

  if (!id || !info) return null
  if (info.actions.length === 0) {
    return (
      <span className="balises-workflow-actions__none" data-testid="workflow-no-action">
        {t('workflowActions:noAction')}
      </span>
    )
  }

  const done = (answer: Extract<ActionAnswer, { ok: true }>) => {
    setOpen(null)
    toast.success(answer.message)
    onDone(answer.doc)
    void reload(true)
  }

  return (
    <div className="balises-workflow-actions" role="group" aria-label={t('workflowActions:barLabel')}>
      {info.actions.map(({ action, label }, index) => (
        <Button
          key={action}
          buttonStyle={index === 0 ? 'primary' : 'secondary'}
          size={size}
          onClick={() => setOpen(action)}
          id={`workflow-action-${action}`}
          extraButtonProps={{ 'data-testid': `workflow-action-${action}` }}
        >
          {label}
        </Button>
      ))}
      {open ? (
        <WorkflowDialog
          action={open}
          title={title}
          language={language}
          zone={info.timeZone}
          publishAt={info.publishAt}
          pendingOverride={info.pendingOverride}
          mayOverride={mayOverrideRules(user as never)}
          submit={submit}
          onCancel={() => setOpen(null)}
          onDone={done}
        />
      ) : null}
    </div>
  )
}
