'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useState } from 'react'

import { translate, type TranslationKey } from '../../translations'
import { errorMessages } from '../apiErrors'
import { useApiRoute } from '../useApiRoute'
import { useBalisesSlugs } from '../useBalisesSlugs'

const MESSAGES: Record<string, TranslationKey> = {
  ok: 'channelAccounts:testOk',
  reconnect: 'channelAccounts:testReconnect',
  rateLimited: 'channelAccounts:testRateLimited',
  unreachable: 'channelAccounts:testUnreachable',
}

/** « Tester la connexion »: `POST /api/channel-accounts/:id/test`, then the answer, and the page's health fields reloaded. */
export const TestConnectionButton: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const api = useApiRoute()
  const slugs = useBalisesSlugs()
  const [testing, setTesting] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const t = (key: TranslationKey, variables?: Record<string, string>) => translate(i18n.language, key, variables)
  if (!id) return <p className="balises-test-connection__hint">{t('channelAccounts:saveFirst')}</p>

  async function test() {
    setTesting(true)
    setMessage(null)
    try {
      const response = await fetch(`${api}/${slugs.channelAccounts}/${id}/test`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'accept-language': i18n.language },
      })
      const body = (await response.json().catch(() => null)) as { health?: string; accountName?: string } | null
      if (!response.ok || !body?.health) {
        const messages = errorMessages(body)
        setMessage({ ok: false, text: messages.length > 0 ? messages.join(' ') : String(response.status) })
        return
      }
      setMessage({
        ok: body.health === 'ok',
        text: t(MESSAGES[body.health] ?? 'channelAccounts:testUnreachable', { account: body.accountName ?? '' }),
      })
      setTimeout(() => window.location.reload(), 1500)
    } finally {
      setTesting(false)
    }
  }

  return (
    <div className="balises-test-connection">
      <Button buttonStyle="secondary" size="medium" disabled={testing} onClick={test}>
        {testing ? t('channelAccounts:testing') : t('channelAccounts:testConnection')}
      </Button>
      {message && (
        <p role="status" className={message.ok ? 'balises-test-connection__ok' : 'balises-test-connection__problem'}>
          {message.text}
        </p>
      )}
    </div>
  )
}
