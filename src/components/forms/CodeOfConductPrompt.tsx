'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { formatDay } from '../../time/formatMoment'
import { translate, type TranslationKey } from '../../translations'
import type { CodeOfConduct } from './useCodeOfConduct'
import './forms.css'

/** The code's text and one « J'accepte » button; the page reloads once the acceptance is recorded. */
export function CodeOfConductPrompt({
  code,
  intro,
  accept,
}: {
  code: CodeOfConduct
  intro: string
  accept: (language: string) => Promise<string | null>
}) {
  const { i18n } = useTranslation()
  const language = i18n.language
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const text = language === 'en' && code.textEn.trim() ? code.textEn : code.textFr

  async function onAccept() {
    setSending(true)
    setFailure(null)
    const problem = await accept(language).catch((error: Error) => error.message)
    if (problem) {
      setFailure(t('forms:codeAcceptFailed', { reason: problem }))
      setSending(false)
      return
    }
    window.location.reload()
  }

  return (
    <section className="balises-code" aria-labelledby="balises-code-heading">
      <p className="balises-code__intro" role="alert">
        {intro}
      </p>
      <h3 id="balises-code-heading" className="balises-code__heading">
        {t('forms:codeHeading', { version: code.version, date: formatDay(code.publishedAt, language) })}
      </h3>
      <div className="balises-code__text" data-testid="code-of-conduct-text">
        {text.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {failure && (
        <p className="balises-code__failure" role="alert">
          {failure}
        </p>
      )}
      <Button
        buttonStyle="primary"
        disabled={sending}
        onClick={onAccept}
        type="button"
        extraButtonProps={{ 'data-testid': 'code-of-conduct-accept' }}
      >
        {sending ? t('forms:codeAccepting') : t('forms:codeAccept')}
      </Button>
    </section>
  )
}
