'use client'

import { Button, useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

import { redirectionReply, type RedirectionSettings } from '../../policy/redirectionReply'
import { formatMoment } from '../../time/formatMoment'
import { translate, type TranslationKey } from '../../translations'
import { useBalisesSlugs } from '../useBalisesSlugs'
import { CopyReplyButton } from './CopyReplyButton'

/**
 * On a help request's form (FORBID-2): the redirection reply of the policy settings (phone, 811,
 * 911) in the request's reply language, following the language picker, with « Copier » and
 * « Marquer comme envoyée », which tick `replySent` (the date is recorded by the save).
 */
export const HelpReplyField: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const language = i18n.language
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)
  const {
    config: {
      serverURL,
      routes: { api },
    },
  } = useConfig()
  const slugs = useBalisesSlugs()
  const replyLanguage = useFormFields(([fields]) => fields.replyLanguage?.value) === 'en' ? 'en' : 'fr'
  const sentAt = useFormFields(([fields]) => fields.replySentAt?.value)
  const { value: sent, setValue: setSent } = useField<boolean>({ path: 'replySent' })

  const [settings, setSettings] = useState<RedirectionSettings | 'loading'>('loading')
  useEffect(() => {
    let current = true
    fetch(`${serverURL}${api}/globals/${slugs.policy}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((policy: { redirection?: RedirectionSettings } | null) => {
        if (current) setSettings(policy?.redirection ?? null)
      })
      .catch(() => current && setSettings(null))
    return () => {
      current = false
    }
  }, [serverURL, api, slugs.policy])

  const reply = settings === 'loading' ? null : redirectionReply(settings, replyLanguage)
  const markSent = () => {
    if (!sent) setSent(true)
  }

  return (
    <section className="field-type balises-help-reply-field" data-testid="help-reply-field" data-language={replyLanguage}>
      <h3 style={{ margin: '0 0 0.25rem', fontSize: '1.05rem' }}>{t('helpReply:title')}</h3>
      <p style={{ margin: '0 0 0.5rem', fontSize: '0.85rem', color: 'var(--theme-elevation-650)' }}>{t('helpReply:intro')}</p>
      <blockquote
        lang={replyLanguage}
        data-testid="help-reply-text"
        style={{ margin: '0 0 0.5rem', padding: '0.5rem 0.75rem', background: 'var(--theme-elevation-50)', overflowWrap: 'anywhere' }}
      >
        {reply ?? t('helpReply:loading')}
      </blockquote>
      {reply && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
          <CopyReplyButton
            text={reply}
            label={t('helpRequests:copy')}
            copiedLabel={t('helpRequests:copied')}
            testId="copy-help-reply"
            onCopied={markSent}
          />
          {!sent && (
            <Button buttonStyle="secondary" size="small" onClick={markSent} id="mark-help-reply-sent">
              {t('helpReply:markSent')}
            </Button>
          )}
        </div>
      )}
      {sent && (
        <p role="status" data-testid="help-reply-sent" style={{ margin: '0.5rem 0 0', fontSize: '0.85rem' }}>
          {typeof sentAt === 'string' && sentAt ? t('helpReply:sentAt', { date: formatMoment(sentAt, language) }) : t('helpReply:sent')}
        </p>
      )}
    </section>
  )
}
