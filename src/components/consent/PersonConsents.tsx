'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useState } from 'react'

import { consentState } from '../../privacy/consentStatus'
import { formatDay } from '../../time/formatMoment'
import { translate, type TranslationKey } from '../../translations'
import { useBalisesSlugs } from '../useBalisesSlugs'
import { WithdrawConsentAction } from '../WithdrawConsentButton'
import { StateBadges } from './ConsentBadges'
import { usePeopleWithConsents } from './MediaPeopleConsents'
import { PersonConsentForm } from './PersonConsentForm'

/**
 * On a person's page (PRIV-1..4): their consents with a badge each (en vigueur, expire le…, expiré,
 * retiré le…, sans formulaire signé), the one-click « Retirer » of those in force (PRIV-3, the
 * confirmation says what it did), and « Ajouter un consentement ». Refreshes without reloading.
 */
export const PersonConsents: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { admin } = useConfig().config.routes
  const slugs = useBalisesSlugs()
  const { rows, reload } = usePeopleWithConsents(id ? [id] : [])
  const [adding, setAdding] = useState(false)
  const [notice, setNotice] = useState('')
  const language = i18n.language
  const t = (key: TranslationKey) => translate(language, key)
  if (!id) return null
  const consents = rows?.[0]?.consents ?? []
  return (
    <div className="field-type balises-person-consents" data-testid="person-consents" style={{ marginBottom: '1.5rem' }}>
      <h3 style={{ fontSize: '1.05rem', margin: '0 0 0.5rem' }}>{t('consent:personConsents')}</h3>
      {rows && consents.length === 0 ? <p>{t('consent:noConsents')}</p> : null}
      <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 0.75rem', display: 'grid', gap: '0.6rem' }}>
        {consents.map((consent) => {
          const state = consentState(consent)
          const record = consent as typeof consent & { scopes?: string[]; signatoryName?: string | null }
          return (
            <li
              key={String(consent.id)}
              data-testid="person-consent"
              style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.6rem', display: 'grid', gap: '0.4rem' }}
            >
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
                <StateBadges state={state} language={language} />
                <a href={`${admin}/collections/${slugs.consents}/${consent.id}`}>{t('consent:open')}</a>
              </div>
              <div style={{ fontSize: '0.85rem', overflowWrap: 'anywhere' }}>
                {[
                  record.signatoryName,
                  (record.scopes ?? []).map((channel) => translate(language, `channels:${channel}` as TranslationKey)).join(', '),
                  [formatDay(consent.validFrom, language), formatDay(consent.expiresAt, language)].filter(Boolean).join(' → '),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
              {state.badge.kind !== 'withdrawnOn' && state.badge.kind !== 'expired' ? (
                <WithdrawConsentAction
                  consentId={consent.id}
                  language={language}
                  compact
                  onWithdrawn={(message) => {
                    setNotice(message)
                    reload().catch(() => undefined)
                  }}
                />
              ) : null}
            </li>
          )
        })}
      </ul>
      {notice ? (
        <p role="status" data-testid="person-consents-notice">
          {notice}
        </p>
      ) : null}
      <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setAdding(true)}>
        {t('consent:addConsent')}
      </Button>
      {adding ? (
        <PersonConsentForm
          mode="consentOnly"
          language={language}
          personId={id}
          onClose={() => setAdding(false)}
          onSaved={(answer) => {
            setAdding(false)
            setNotice(answer.message)
            reload().catch(() => undefined)
          }}
        />
      ) : null}
    </div>
  )
}
