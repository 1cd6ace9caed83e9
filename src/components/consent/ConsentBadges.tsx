'use client'

import type { CSSProperties } from 'react'

import { consentState, type ConsentState } from '../../privacy/consentStatus'
import { formatDay } from '../../time/formatMoment'
import { translate } from '../../translations'

const TONES = {
  ok: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  warn: { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' },
  bad: { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' },
  off: { background: 'var(--theme-elevation-100)', color: 'var(--theme-elevation-800)' },
} satisfies Record<string, CSSProperties>

const badgeStyle: CSSProperties = {
  display: 'inline-block',
  borderRadius: 999,
  padding: '0.1rem 0.6rem',
  fontSize: '0.8rem',
  fontWeight: 600,
  whiteSpace: 'nowrap',
}

export function Badge({ tone, text }: { tone: keyof typeof TONES; text: string }) {
  return (
    <span className="balises-consent-badge" data-tone={tone} style={{ ...badgeStyle, ...TONES[tone] }}>
      {text}
    </span>
  )
}

/** A consent's state as badges: « En vigueur », « Expire le … », « Expiré », « Retiré le … », « Sans formulaire signé ». */
export function StateBadges({ state, language }: { state: ConsentState | null; language: string }) {
  const t = (key: Parameters<typeof translate>[1], variables?: Record<string, string>) => translate(language, key, variables)
  if (!state) return <Badge tone="bad" text={t('consent:badgeNone')} />
  const { badge } = state
  const main =
    badge.kind === 'inForce' ? (
      <Badge tone="ok" text={t('consent:badgeInForce')} />
    ) : badge.kind === 'expiresOn' ? (
      <Badge tone="warn" text={t('consent:badgeExpiresOn', { date: formatDay(badge.date, language) })} />
    ) : badge.kind === 'notYet' ? (
      <Badge tone="warn" text={t('consent:badgeNotYet', { date: formatDay(badge.date, language) })} />
    ) : badge.kind === 'expired' ? (
      <Badge tone="bad" text={t('consent:badgeExpired')} />
    ) : (
      <Badge tone="off" text={t('consent:badgeWithdrawnOn', { date: formatDay(badge.date, language) })} />
    )
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: '0.3rem' }}>
      {main}
      {state.noForm && state.inForce ? <Badge tone="bad" text={t('consent:badgeNoForm')} /> : null}
    </span>
  )
}

export function ConsentBadges({ consent, language }: { consent: Parameters<typeof consentState>[0]; language: string }) {
  return <StateBadges state={consentState(consent)} language={language} />
}
