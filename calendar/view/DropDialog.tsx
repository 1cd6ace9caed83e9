'use client'

import { useEffect, useRef, useState } from 'react'

import { translate } from '../../src/translations'
import type { WorkflowStatus } from '../../src/workflow'
import { isTimeOfDay } from '../../src/time/dropTime'
import { formatDay } from '../format'

export type PendingDrop = {
  id: string
  title: string
  day: string
  defaultTime: string
  status: WorkflowStatus
}

type Props = {
  drop: PendingDrop
  language: 'fr' | 'en'
  timeZone: string
  /** Resolves to an error message to show in the dialog, or null once the move is done. */
  onConfirm: (time: string) => Promise<string | null>
  onCancel: () => void
}

/** After a drop: at what time (24 h, policy's zone)? Nothing moves before « Placer ». */
export function DropDialog({ drop, language, timeZone, onConfirm, onCancel }: Props) {
  const [time, setTime] = useState(drop.defaultTime)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const t = (key: Parameters<typeof translate>[1], variables?: Record<string, string | number>) => translate(language, key, variables)
  const becomesScheduled = drop.status === 'approved' || drop.status === 'unscheduled' || drop.status === 'scheduled'

  useEffect(() => {
    input.current?.select()
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onCancel()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onCancel])

  const confirm = async (event: React.FormEvent) => {
    event.preventDefault()
    const value = time.trim()
    if (!isTimeOfDay(value)) {
      setError(t('calendarDrop:invalidTime'))
      return
    }
    setBusy(true)
    const refusal = await onConfirm(value)
    setBusy(false)
    setError(refusal)
  }

  return (
    <div className="balises-drop-dialog__backdrop">
      <form
        className="balises-drop-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="balises-drop-dialog-title"
        data-testid="calendar-drop-dialog"
        // The time is checked here, with a French or English message, not by the browser's bubble.
        noValidate
        onSubmit={confirm}
      >
        <h3 id="balises-drop-dialog-title">{t('calendarDrop:dialogTitle', { title: drop.title })}</h3>
        <p>{t('calendarDrop:dialogDay', { day: formatDay(drop.day, language) })}</p>
        <label className="balises-drop-dialog__time">
          {t('calendarDrop:time')}
          <input
            ref={input}
            type="text"
            inputMode="numeric"
            pattern="([01][0-9]|2[0-3]):[0-5][0-9]"
            placeholder="16:30"
            maxLength={5}
            value={time}
            onChange={(event) => {
              setTime(event.target.value)
              setError(null)
            }}
            data-testid="calendar-drop-time"
            aria-describedby="balises-drop-dialog-help"
          />
        </label>
        <p id="balises-drop-dialog-help" className="balises-drop-dialog__help">
          {t('calendarDrop:timeHelp', { zone: timeZone })}{' '}
          {becomesScheduled ? t('calendarDrop:becomesScheduled') : t('calendarDrop:staysPlanned', { status: t(`workflow:${drop.status}`) })}
        </p>
        {error && (
          <p role="alert" className="balises-drop-dialog__error" data-testid="calendar-drop-error">
            {error}
          </p>
        )}
        <div className="balises-drop-dialog__actions">
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={onCancel} data-testid="calendar-drop-cancel">
            {t('calendarDrop:cancel')}
          </button>
          <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy} data-testid="calendar-drop-confirm">
            {t('calendarDrop:confirm')}
          </button>
        </div>
      </form>
    </div>
  )
}
