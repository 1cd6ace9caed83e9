'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import { CHANNELS, type Channel } from '../../channels'
import { publishedText } from '../../text/publishedText'
import { translate } from '../../translations'
import './postForm.css'

type FormFields = Record<string, { value?: unknown } | undefined>

/** The post's networks in form order, each with whether it has its own text: `facebook:own,x:common`. */
export function channelSources(fields: FormFields): { channel: Channel; source: 'own' | 'common' }[] {
  const rows: { index: number; channel: Channel; source: 'own' | 'common' }[] = []
  for (const [path, field] of Object.entries(fields)) {
    const match = /^channels\.(\d+)\.channel$/.exec(path)
    if (!match) continue
    const channel = field?.value
    if (typeof channel !== 'string' || !(CHANNELS as readonly string[]).includes(channel)) continue
    const text = fields[`channels.${match[1]}.text`]?.value
    rows.push({
      index: Number(match[1]),
      channel: channel as Channel,
      source: publishedText(typeof text === 'string' ? text : '', '').source,
    })
  }
  return rows.sort((a, b) => a.index - b.index).map(({ channel, source }) => ({ channel, source }))
}

/**
 * Under the common text: « Publié tel quel sur : Facebook, Bluesky » — the networks of the post
 * that have no text of their own, as the form stands (follows typing).
 */
export function PublishedWhere() {
  const { i18n } = useTranslation()
  const language = i18n.language
  // A string, so that the line re-renders only when a network or the presence of its text changes.
  const key = useFormFields(([fields]) =>
    channelSources(fields as FormFields)
      .map((row) => `${row.channel}:${row.source}`)
      .join(','),
  )
  const rows = key ? key.split(',').map((entry) => entry.split(':') as [Channel, 'own' | 'common']) : []
  const common = [...new Set(rows.filter(([, source]) => source === 'common').map(([channel]) => channel))]
  const text =
    rows.length === 0
      ? translate(language, 'postForm:publishedAsIsNoChannel')
      : common.length === 0
        ? translate(language, 'postForm:publishedAsIsNone')
        : translate(language, 'postForm:publishedAsIs', {
            channels: common.map((channel) => translate(language, `channels:${channel}`)).join(', '),
          })
  return (
    <p className="balises-published-where" data-testid="published-where" data-channels={common.join(',')} aria-live="polite">
      {text}
    </p>
  )
}
