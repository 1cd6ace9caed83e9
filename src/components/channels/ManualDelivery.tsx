'use client'

import { Button } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ManualContent } from '../../deliveries/manualContent'
import type { TranslationKey } from '../../translations'

type Translate = (key: TranslationKey, variables?: Record<string, string>) => string

/**
 * A network published by hand: the text as that network receives it, with « Copier le texte », and
 * the post's images to download with their alternative text (to paste in the network's own field).
 */
export function ManualDelivery(props: { contentUrl: string; networkName: string; language: string; t: Translate }) {
  const { contentUrl, networkName, language, t } = props
  const [content, setContent] = useState<ManualContent | null>(null)
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null)

  useEffect(() => {
    let current = true
    void fetch(contentUrl, { credentials: 'include', headers: { 'accept-language': language } })
      .then((response) => (response.ok ? (response.json() as Promise<ManualContent>) : null))
      .then((loaded) => {
        if (current) setContent(loaded)
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [contentUrl, language])

  if (!content) return null
  const textId = `${contentUrl.replace(/\W+/g, '-')}-text`
  async function copyText() {
    try {
      await navigator.clipboard.writeText(content!.text)
      setCopy('copied')
    } catch {
      setCopy('copyFailed')
    }
  }
  return (
    <div className="balises-deliveries__content">
      <p>{t('deliveries:manualIntro', { network: networkName })}</p>
      <label htmlFor={textId}>{t('deliveries:manualText', { network: networkName })}</label>
      <textarea id={textId} readOnly value={content.text} rows={Math.min(8, Math.max(3, content.text.split('\n').length + 1))} />
      <div className="balises-deliveries__copy">
        <Button buttonStyle="secondary" size="small" onClick={() => void copyText()}>
          {t('deliveries:copyText')}
        </Button>
        {copy && <span role="status">{t(`deliveries:${copy}`)}</span>}
      </div>
      {content.images.length === 0 ? (
        <p>{t('deliveries:noImages')}</p>
      ) : (
        <ul className="balises-deliveries__images">
          {content.images.map((image) => (
            <li key={image.url}>
              <a href={image.url} download={image.filename}>
                {t('deliveries:download', { filename: image.filename })}
              </a>
              {image.alt && <div>{t('deliveries:imageAlt', { alt: image.alt })}</div>}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
