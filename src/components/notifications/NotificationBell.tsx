'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useCallback, useEffect, useRef, useState } from 'react'

import { isBalisesUser } from '../../access/isBalisesUser'
import { translate, type TranslationKey } from '../../translations'
import { formatStamp } from '../apiErrors'
import { useBalisesSlugs } from '../useBalisesSlugs'
import './notifications.css'

type Item = {
  id: number | string
  kind: string
  messageFr?: string | null
  messageEn?: string | null
  link?: string | null
  readAt?: string | null
  createdAt: string
}

const POLL_MS = 60_000

/**
 * The bell in the admin's header: how many notifications are unread, and the latest ones, each
 * leading to its post; mark one or all read. Counted again on every navigation and every minute.
 */
export function NotificationBell() {
  const { user } = useAuth()
  const { config } = useConfig()
  const slugs = useBalisesSlugs()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const language = i18n.language
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)
  const api = `${config.serverURL}${config.routes.api}`
  const [unread, setUnread] = useState(0)
  const [items, setItems] = useState<Item[]>([])
  const [open, setOpen] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const signedIn = isBalisesUser(user)

  const refresh = useCallback(async () => {
    if (!signedIn) return
    const [count, list] = await Promise.all([
      fetch(`${api}/${slugs.notifications}/count?where[readAt][exists]=false`, { credentials: 'include' }),
      fetch(`${api}/${slugs.notifications}?sort=-createdAt&limit=20&depth=0`, { credentials: 'include' }),
    ])
    if (count.ok) setUnread(((await count.json()) as { totalDocs: number }).totalDocs)
    if (list.ok) setItems(((await list.json()) as { docs: Item[] }).docs)
  }, [api, signedIn])

  useEffect(() => {
    void refresh().catch(() => undefined)
  }, [refresh, pathname])
  useEffect(() => {
    const timer = setInterval(() => void refresh().catch(() => undefined), POLL_MS)
    return () => clearInterval(timer)
  }, [refresh])
  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])

  if (!signedIn) return null

  const markRead = async (url: string) => {
    await fetch(url, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ readAt: new Date().toISOString() }),
    })
    await refresh()
  }

  return (
    <div className="balises-bell" ref={box}>
      <button
        type="button"
        className="balises-bell__button"
        data-testid="notification-bell"
        aria-label={`${t('notify:bellLabel')} — ${t('notify:bellUnread', { count: unread })}`}
        aria-expanded={open}
        onClick={() => {
          setOpen(!open)
          if (!open) void refresh()
        }}
      >
        <svg
          aria-hidden="true"
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {unread > 0 ? (
          <span className="balises-bell__count" data-testid="notification-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="balises-bell__panel" role="dialog" aria-label={t('notify:bellTitle')}>
          <div className="balises-bell__head">
            <strong>{t('notify:bellTitle')}</strong>
            {unread > 0 ? (
              <button
                type="button"
                className="balises-bell__all"
                data-testid="notification-mark-all-read"
                onClick={() => void markRead(`${api}/${slugs.notifications}?where[readAt][exists]=false`)}
              >
                {t('notify:bellMarkAllRead')}
              </button>
            ) : null}
          </div>
          {items.length === 0 ? <p className="balises-bell__empty">{t('notify:bellEmpty')}</p> : null}
          <ul className="balises-bell__list">
            {items.map((item) => {
              const message = (language === 'en' ? item.messageEn : item.messageFr) ?? ''
              const href = item.link ? `${config.routes.admin}${item.link}` : null
              return (
                <li key={item.id} className={`balises-bell__item${item.readAt ? '' : ' is-unread'}`} data-testid="notification-item">
                  {href ? (
                    <Link
                      href={href}
                      prefetch={false}
                      className="balises-bell__link"
                      onClick={() => {
                        setOpen(false)
                        if (!item.readAt) void markRead(`${api}/${slugs.notifications}/${item.id}`)
                      }}
                    >
                      {message}
                    </Link>
                  ) : (
                    <span className="balises-bell__link">{message}</span>
                  )}
                  <div className="balises-bell__meta">
                    <span>{t(`notify:kinds:${item.kind}` as TranslationKey)}</span> ·{' '}
                    <time dateTime={item.createdAt}>{formatStamp(item.createdAt, language)}</time>
                    {!item.readAt ? (
                      <button
                        type="button"
                        className="balises-bell__read"
                        onClick={() => void markRead(`${api}/${slugs.notifications}/${item.id}`)}
                      >
                        {t('notify:bellMarkRead')}
                      </button>
                    ) : null}
                  </div>
                </li>
              )
            })}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
