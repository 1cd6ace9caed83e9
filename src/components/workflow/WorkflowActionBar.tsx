'use client'

import { useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import { WorkflowActions } from './WorkflowActions'

/** What an action changes on the post: the edit form takes the saved values at once. */
const CHANGED_FIELDS = ['workflowStatus', 'publishAt', 'publishAt_tz', 'valuesConfirmed', 'statusReason'] as const

/**
 * Takes the place of Payload's « Publier les modifications » in a post's header: the workflow's
 * actions. After one, the form holds the saved stage before an autosave can send the old one, and
 * the page is refreshed from the server (history, findings).
 */
export function WorkflowActionBar() {
  const { id, title } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { dispatchFields, getField } = useForm()
  const router = useRouter()

  const onDone = (doc: Record<string, unknown>) => {
    const formState = Object.fromEntries(
      CHANGED_FIELDS.filter((path) => getField(path)).map((path) => {
        const value = doc[path] ?? null
        return [path, { ...getField(path), value, initialValue: value }]
      }),
    )
    dispatchFields({ type: 'UPDATE_MANY', formState })
    router.refresh()
  }

  return <WorkflowActions id={id} title={title} language={i18n.language} onDone={onDone} />
}
