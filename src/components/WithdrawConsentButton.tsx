'use client'

import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useState } from 'react'

import { REVOCATION_METHOD_LABELS, REVOCATION_METHODS, type RevocationMethod } from '../revocationMethods'
import { translate, type TranslationKey } from '../translations'
import { useBalisesSlugs } from './useBalisesSlugs'

/** `YYYY-MM-DDTHH:mm` in the browser's zone, for a datetime-local input. */
function localInputValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000)
  return shifted.toISOString().slice(0, 16)
}

/**
 * PRIV-3 in one action, in the consent's sidebar: the date the withdrawal was requested and how it
 * came, then `POST /api/consents/:id/withdraw`. The answer says how many posts were unscheduled and
 * how many are to take down; the page then reloads to show the withdrawn consent.
 */
export const WithdrawConsentButton: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const revokedAt = useFormFields(([fields]) => fields.revokedAt?.value as string | null | undefined)
  const { i18n } = useTranslation()
  const [message, setMessage] = useState<string | null>(null)
  if (!id || (revokedAt && !message)) return null
  return (
    <WithdrawConsentAction
      consentId={id}
      language={i18n.language}
      onWithdrawn={(text) => {
        setMessage(text)
        setTimeout(() => window.location.reload(), 1500)
      }}
    />
  )
}

/**
 * The withdrawal itself (date, how it came, confirm), for the consent's sidebar and the person's list
 * of consents. `onWithdrawn` receives the confirmation: « Consentement retiré. 2 publications déprogrammées, … ».
 */
export function WithdrawConsentAction(props: {
  consentId: number | string
  language: string
  compact?: boolean
  onWithdrawn: (message: string) => void
}) {
  const { consentId: id, language } = props
  const {
    config: {
      serverURL,
      routes: { api },
    },
  } = useConfig()
  const slugs = useBalisesSlugs()
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)

  const [open, setOpen] = useState(false)
  const [when, setWhen] = useState(() => localInputValue(new Date()))
  const [method, setMethod] = useState<RevocationMethod>('email')
  const [sending, setSending] = useState(false)
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null)

  async function withdraw() {
    setSending(true)
    setMessage(null)
    try {
      const response = await fetch(`${serverURL}${api}/${slugs.consents}/${id}/withdraw`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({ withdrawnAt: new Date(when).toISOString(), method }),
      })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
      if (!response.ok) {
        setMessage({ kind: 'error', text: body.errors?.map((error) => error.message).join(' ') ?? String(response.status) })
        return
      }
      setMessage({ kind: 'done', text: body.message ?? '' })
      setOpen(false)
      props.onWithdrawn(body.message ?? '')
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message })
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="balises-withdraw" data-testid="withdraw-consent">
      {message?.kind === 'done' ? null : !open ? (
        <Button buttonStyle="secondary" size="small" onClick={() => setOpen(true)} margin={!props.compact}>
          {props.compact ? t('consent:withdraw') : t('withdrawal:button')}
        </Button>
      ) : (
        <fieldset style={{ border: '1px solid var(--theme-elevation-150)', padding: '0.75rem', borderRadius: 4, minWidth: 0 }}>
          <legend>{t('withdrawal:title')}</legend>
          <p style={{ fontSize: '0.85em' }}>{t('withdrawal:help')}</p>
          <label style={{ display: 'block', marginBottom: '0.5rem' }}>
            {t('withdrawal:withdrawnAt')}
            <input
              type="datetime-local"
              name="withdrawnAt"
              value={when}
              max={localInputValue(new Date())}
              onChange={(event) => setWhen(event.target.value)}
              style={{ display: 'block', width: '100%', boxSizing: 'border-box' }}
            />
          </label>
          <label style={{ display: 'block', marginBottom: '0.5rem' }}>
            {t('withdrawal:method')}
            <select
              name="method"
              value={method}
              onChange={(event) => setMethod(event.target.value as RevocationMethod)}
              style={{ display: 'block', width: '100%', boxSizing: 'border-box' }}
            >
              {REVOCATION_METHODS.map((value) => (
                <option key={value} value={value}>
                  {t(REVOCATION_METHOD_LABELS[value])}
                </option>
              ))}
            </select>
          </label>
          <Button buttonStyle="primary" size="small" disabled={sending} onClick={withdraw}>
            {t('withdrawal:confirm')}
          </Button>{' '}
          <Button buttonStyle="secondary" size="small" disabled={sending} onClick={() => setOpen(false)}>
            {t('withdrawal:cancel')}
          </Button>
        </fieldset>
      )}
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          style={{ color: message.kind === 'error' ? 'var(--theme-error-500)' : undefined }}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
