'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { translate, type TranslationKey } from '../../translations'
import { useBalisesSlugs } from '../useBalisesSlugs'

/** Marks a PRIV-3 task handled (for a takedown: taken down now) through the REST API, as the person. */
export function MarkTaskDone({ id, label }: { id: number | string; label: TranslationKey }) {
  const { config } = useConfig()
  const slugs = useBalisesSlugs()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function markDone() {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${slugs.privacyTasks}/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
        body: JSON.stringify({ doneAt: new Date().toISOString() }),
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
        const reason = body.errors?.map((item) => item.message).join(' ') ?? String(response.status)
        setError(translate(i18n.language, 'toHandle:saveFailed', { reason }))
        return
      }
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={markDone}>
        {translate(i18n.language, label)}
      </Button>
      {error ? <span role="alert">{error}</span> : null}
    </>
  )
}
