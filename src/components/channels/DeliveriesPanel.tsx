'use client'

import { Button, useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useCallback, useEffect, useState } from 'react'

import { CHANNEL_NAMES, type Channel } from '../../channels'
import { hasRole, STAFF_ROLES } from '../../roles'
import { translate, type TranslationKey } from '../../translations'
import { errorMessages } from '../apiErrors'
import { useApiRoute } from '../useApiRoute'
import { useBalisesSlugs } from '../useBalisesSlugs'
import { ManualDelivery } from './ManualDelivery'

type Delivery = {
  id: number | string
  network: Channel
  state: string
  remoteUrl?: string | null
  failureReason?: string | null
  channelAccount?: number | string | null
  nextAttemptAt?: string | null
}

const ICONS: Record<string, string> = {
  posted: '✓',
  removed: '✓',
  failed: '✗',
  removalFailed: '✗',
  manual: '✎',
  cancelled: '–',
}

/** Failed, or sent so many times without a certain answer that a person decides (src/deliveries/runDelivery.ts). */
const retryable = (delivery: Delivery) =>
  Boolean(delivery.channelAccount) &&
  (delivery.state === 'failed' || (delivery.state === 'unknown' && delivery.failureReason === 'uncertain'))

/**
 * Issue 15, in the post's sidebar: where the post went, network by network — ✓ with its link, …
 * while it is sent or removed, ✗ with the reason and « Réessayer » (glyphs the admin's font has, no
 * emoji); for a network published by hand, the text to copy, the images to download, and
 * « Marquer comme publiée » with the post's URL.
 */
export const DeliveriesPanel: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const api = useApiRoute()
  const slugs = useBalisesSlugs()
  const [rows, setRows] = useState<Delivery[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const t = (key: TranslationKey, variables?: Record<string, string>) => translate(i18n.language, key, variables)
  const base = `${api}/${slugs.deliveries}`

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${base}?where[post][equals]=${encodeURIComponent(String(id))}&depth=0&limit=50&sort=createdAt`, {
      credentials: 'include',
      headers: { 'accept-language': i18n.language },
    })
    if (response.ok) setRows(((await response.json()) as { docs: Delivery[] }).docs)
  }, [base, id, i18n.language])

  useEffect(() => {
    void load()
  }, [load])

  if (!id || rows.length === 0) return null

  async function act(delivery: Delivery, action: 'retry' | 'mark-posted', body?: object) {
    setProblem(null)
    const response = await fetch(`${base}/${delivery.id}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: body ? { 'content-type': 'application/json', 'accept-language': i18n.language } : { 'accept-language': i18n.language },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) {
      const messages = errorMessages(await response.json().catch(() => null))
      setProblem(messages.length > 0 ? messages.join(' ') : String(response.status))
    }
    await load()
  }

  const manages = hasRole(user, 'admin', 'responsable')
  const staff = hasRole(user, ...STAFF_ROLES)
  return (
    <section className="balises-deliveries" aria-label={t('deliveries:plural')}>
      <h3 className="balises-deliveries__title">{t('deliveries:plural')}</h3>
      <ul>
        {rows.map((delivery) => (
          <li key={delivery.id} className={`balises-deliveries__row balises-deliveries__row--${delivery.state}`}>
            <span aria-hidden="true">{ICONS[delivery.state] ?? '…'}</span>{' '}
            <strong>{CHANNEL_NAMES[delivery.network] ?? delivery.network}</strong> —{' '}
            {t(`deliveries:state_${delivery.state}` as TranslationKey)}
            {delivery.remoteUrl && (
              <>
                {' '}
                <a href={delivery.remoteUrl} target="_blank" rel="noreferrer">
                  {t('deliveries:remoteUrl')}
                </a>
              </>
            )}
            {delivery.failureReason && delivery.state !== 'posted' && (
              <div>{t(`deliveries:reason_${delivery.failureReason}` as TranslationKey)}</div>
            )}
            {retryable(delivery) && manages && (
              <Button buttonStyle="secondary" size="small" onClick={() => act(delivery, 'retry')}>
                {t('deliveries:retry')}
              </Button>
            )}
            {delivery.state === 'manual' && staff && (
              <ManualDelivery
                contentUrl={`${base}/${delivery.id}/manual`}
                networkName={CHANNEL_NAMES[delivery.network] ?? delivery.network}
                language={i18n.language}
                t={t}
              />
            )}
            {delivery.state === 'manual' && staff && (
              <MarkPosted
                onMark={(url) => act(delivery, 'mark-posted', { url })}
                label={t('deliveries:markPosted')}
                placeholder={t('deliveries:urlPlaceholder')}
              />
            )}
          </li>
        ))}
      </ul>
      {problem && (
        <p role="alert" className="balises-deliveries__problem">
          {problem}
        </p>
      )}
    </section>
  )
}

function MarkPosted(props: { onMark: (url: string) => void; label: string; placeholder: string }) {
  const [url, setUrl] = useState('')
  return (
    <div className="balises-deliveries__manual">
      <input
        type="url"
        value={url}
        placeholder={props.placeholder}
        aria-label={props.placeholder}
        onChange={(event) => setUrl(event.target.value)}
      />
      <Button buttonStyle="secondary" size="small" disabled={!url.trim()} onClick={() => props.onMark(url.trim())}>
        {props.label}
      </Button>
    </div>
  )
}
