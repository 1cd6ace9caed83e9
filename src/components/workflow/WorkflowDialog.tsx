'use client'

import { Button } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import { fromWallClock } from '../../time/zonedTime'
import { translate, type TranslationKey } from '../../translations'
import type { WorkflowAction } from '../../workflowActions/available'
import { defaultScheduleSlot, formatInstant, zoneCity } from '../../time/scheduleSlot'
import type { ActionAnswer, ActionBody, FieldError } from './api'
import { OVERRIDABLE_RULE } from '../../overrides'

const REASON_LABELS: Partial<Record<WorkflowAction, TranslationKey>> = {
  sendBack: 'workflowActions:comment',
  unschedule: 'workflowActions:reason',
  unpublish: 'workflowActions:reason',
  archive: 'workflowActions:reason',
  withdraw: 'workflowActions:withdrawReason',
}
const INTROS: Record<WorkflowAction, TranslationKey> = {
  submit: 'workflowActions:submitIntro',
  withdraw: 'workflowActions:withdrawIntro',
  sendBack: 'workflowActions:sendBackIntro',
  approve: 'workflowActions:approveIntro',
  schedule: 'workflowActions:scheduleIntro',
  publishNow: 'workflowActions:publishNowIntro',
  unschedule: 'workflowActions:unscheduleIntro',
  unpublish: 'workflowActions:unpublishIntro',
  archive: 'workflowActions:archiveIntro',
  restore: 'workflowActions:restoreIntro',
}
/** GOV-6: what the approver confirms (the guide: content that matches the organisation's values). */
const CHECKLIST: TranslationKey[] = ['workflowActions:checklist1', 'workflowActions:checklist2', 'workflowActions:checklist3']
const DIALOG_FIELDS = ['reason', 'publishAt', 'valuesConfirmed', 'override.justification']

export type DialogProps = {
  action: WorkflowAction
  title: string
  language: string
  zone: string
  publishAt: string | null
  /** The post carries a FORBID-1 warning that nobody has overridden yet. */
  pendingOverride: boolean
  mayOverride: boolean
  submit: (body: ActionBody) => Promise<ActionAnswer>
  onCancel: () => void
  onDone: (answer: Extract<ActionAnswer, { ok: true }>) => void
}

/** The confirmation of one workflow action, with the fields it needs and the server's refusals at those fields. */
export function WorkflowDialog({
  action,
  title,
  language,
  zone,
  publishAt,
  pendingOverride,
  mayOverride,
  submit,
  onCancel,
  onDone,
}: DialogProps) {
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)
  const [slot] = useState(() => defaultScheduleSlot(new Date(), zone, publishAt))
  const [reason, setReason] = useState('')
  const [day, setDay] = useState(slot.day)
  const [time, setTime] = useState(slot.time)
  const [ticked, setTicked] = useState<boolean[]>(CHECKLIST.map(() => false))
  const [justification, setJustification] = useState('')
  const [errors, setErrors] = useState<FieldError[]>([])
  const [sending, setSending] = useState(false)
  const dialog = useRef<HTMLDivElement>(null)

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('textarea, input, button[data-testid="workflow-dialog-confirm"]')?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onCancel])

  const reasonLabel = REASON_LABELS[action]
  const showOverride =
    action === 'approve' && mayOverride && (pendingOverride || errors.some((error) => error.message.includes(OVERRIDABLE_RULE)))
  const at = (path: string) => errors.filter((error) => error.path === path)
  const general = errors.filter((error) => !DIALOG_FIELDS.includes(error.path))

  async function confirm() {
    const body: ActionBody = { action }
    if (reasonLabel && reason.trim()) body.reason = reason
    if (action === 'schedule') body.publishAt = instantOf(day, time, zone)
    if (action === 'approve') {
      body.valuesConfirmed = ticked.every(Boolean)
      if (showOverride && justification.trim()) body.override = { justification }
    }
    setSending(true)
    setErrors([])
    try {
      const answer = await submit(body)
      if (answer.ok) onDone(answer)
      else setErrors(answer.errors)
    } catch {
      setErrors([{ path: '', message: t('workflowActions:failed', { reason: t('workflowActions:networkError') }) }])
    } finally {
      setSending(false)
    }
  }

  const chosen = action === 'schedule' ? parsedInstant(day, time, zone) : null
  const city = zoneCity(zone)
  // In <body>: the document header and the list's table clip what is inside them.
  return createPortal(
    <div className="balises-workflow-overlay" onMouseDown={(event) => event.target === event.currentTarget && onCancel()}>
      <div
        ref={dialog}
        className="balises-workflow-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="balises-workflow-dialog-title"
        data-testid="workflow-dialog"
        data-action={action}
      >
        <h2 id="balises-workflow-dialog-title">
          {t('workflowActions:dialogTitle', { action: t(`workflowActions:${action}`).replace(/…$/, ''), title })}
        </h2>
        <p>{t(INTROS[action], { zone: city })}</p>
        {general.length > 0 ? (
          <ul className="balises-workflow-dialog__errors" role="alert" data-testid="workflow-dialog-errors">
            {general.map((error, index) => (
              <li key={index}>{error.message}</li>
            ))}
          </ul>
        ) : null}

        {action === 'approve' ? (
          <fieldset className={`balises-workflow-dialog__checklist${at('valuesConfirmed').length ? ' is-invalid' : ''}`}>
            {CHECKLIST.map((key, index) => (
              <label key={key}>
                <input
                  type="checkbox"
                  data-testid="workflow-checklist-item"
                  checked={ticked[index]}
                  onChange={(event) => setTicked(ticked.map((value, position) => (position === index ? event.target.checked : value)))}
                />
                <span>{t(key)}</span>
              </label>
            ))}
            <FieldMessages errors={at('valuesConfirmed')} />
          </fieldset>
        ) : null}

        {showOverride ? (
          <label className="balises-workflow-dialog__field">
            <span>{t('workflowActions:override')}</span>
            <small>{t('workflowActions:overrideIntro')}</small>
            <textarea
              data-testid="workflow-dialog-override"
              rows={3}
              value={justification}
              aria-invalid={at('override.justification').length > 0}
              onChange={(event) => setJustification(event.target.value)}
            />
            <FieldMessages errors={at('override.justification')} />
          </label>
        ) : null}

        {action === 'schedule' ? (
          <div className={`balises-workflow-dialog__when${at('publishAt').length ? ' is-invalid' : ''}`}>
            <label className="balises-workflow-dialog__field">
              <span>{t('workflowActions:date')}</span>
              <input
                type="text"
                inputMode="numeric"
                placeholder={t('workflowActions:datePlaceholder')}
                maxLength={10}
                data-testid="workflow-dialog-date"
                value={day}
                onChange={(event) => setDay(event.target.value)}
                aria-invalid={at('publishAt').length > 0}
              />
            </label>
            <label className="balises-workflow-dialog__field">
              <span>{t('workflowActions:time', { zone: city })}</span>
              <input
                type="text"
                inputMode="numeric"
                placeholder="14:30"
                pattern="[0-2][0-9]:[0-5][0-9]"
                maxLength={5}
                data-testid="workflow-dialog-time"
                value={time}
                onChange={(event) => setTime(event.target.value)}
                aria-invalid={at('publishAt').length > 0}
              />
            </label>
            {chosen ? (
              <p className="balises-workflow-dialog__chosen" data-testid="workflow-dialog-when">
                {formatInstant(chosen, zone, language)}
              </p>
            ) : null}
            <FieldMessages errors={at('publishAt')} />
          </div>
        ) : null}

        {reasonLabel ? (
          <label className="balises-workflow-dialog__field">
            <span>{t(reasonLabel)}</span>
            <textarea
              data-testid="workflow-dialog-reason"
              rows={3}
              value={reason}
              aria-invalid={at('reason').length > 0}
              onChange={(event) => setReason(event.target.value)}
            />
            <FieldMessages errors={at('reason')} />
          </label>
        ) : null}

        <div className="balises-workflow-dialog__buttons">
          <Button
            buttonStyle="secondary"
            size="medium"
            onClick={onCancel}
            disabled={sending}
            id="workflow-dialog-cancel"
            extraButtonProps={{ 'data-testid': 'workflow-dialog-cancel' }}
          >
            {t('workflowActions:cancel')}
          </Button>
          <Button
            buttonStyle="primary"
            size="medium"
            onClick={confirm}
            disabled={sending}
            id="workflow-dialog-confirm"
            extraButtonProps={{ 'data-testid': 'workflow-dialog-confirm' }}
          >
            {sending ? t('workflowActions:sending') : t(`workflowActions:${action}`).replace(/…$/, '')}
          </Button>
        </div>
      </div>
    </div>,
    document.body,
  )
}

function FieldMessages({ errors }: { errors: FieldError[] }) {
  if (errors.length === 0) return null
  return (
    <span className="balises-workflow-dialog__error" role="alert">
      {errors.map((error) => error.message).join(' ')}
    </span>
  )
}

function parsedInstant(day: string, time: string, zone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null
  try {
    return fromWallClock(`${day}T${time}`, zone)
  } catch {
    return null
  }
}

/** The instant the person chose, in the policy's zone; a malformed entry is sent as typed so the server names it. */
function instantOf(day: string, time: string, zone: string): string {
  return parsedInstant(day, time, zone)?.toISOString() ?? `${day} ${time}`.trim()
}
