'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import { translate } from '../../translations'
import { WorkflowActions } from './WorkflowActions'
import { WorkflowStageBadge } from './WorkflowStageBadge'

/** The stage column of the posts list: the badge, and a small menu of the same actions as the edit view. */
export function WorkflowStageCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const router = useRouter()
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const [at, setAt] = useState<{ top: number; left: number } | null>(null)
  const id = (rowData as { id?: number | string })?.id
  const title = String((rowData as { title?: string })?.title ?? '')
  const label = translate(i18n.language, 'workflowActions:menu')

  useEffect(() => {
    if (!at) return
    const close = (event: MouseEvent) => {
      const target = event.target as Node
      // The dialog lives in <body>, outside the menu: a click in it keeps the menu (and the dialog) open.
      if (menu.current?.contains(target) || button.current?.contains(target) || (target as Element).closest?.('.balises-workflow-overlay'))
        return
      setAt(null)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [at])

  const toggle = () => {
    if (at) return setAt(null)
    const rect = button.current!.getBoundingClientRect()
    setAt({ top: rect.bottom + 4, left: Math.max(8, Math.min(rect.left, window.innerWidth - 240)) })
  }

  return (
    <div className="balises-stage-cell">
      <WorkflowStageBadge stage={cellData} language={i18n.language} />
      <button
        ref={button}
        type="button"
        className="balises-stage-cell__menu"
        aria-expanded={Boolean(at)}
        aria-label={label}
        title={label}
        data-testid="workflow-row-menu"
        onClick={toggle}
      >
        ⋯
      </button>
      {at
        ? createPortal(
            // Fixed in <body>: the list's table would clip it and the next row would cover it.
            <div
              ref={menu}
              className="balises-stage-cell__popover"
              style={{ top: at.top, left: at.left }}
              data-testid="workflow-row-actions"
            >
              <WorkflowActions
                id={id}
                title={title}
                language={i18n.language}
                size="small"
                onDone={() => {
                  setAt(null)
                  router.refresh()
                }}
              />
            </div>,
            document.body,
          )
        : null}
    </div>
  )
}
