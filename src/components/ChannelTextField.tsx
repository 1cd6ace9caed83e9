'use client'

import { TextareaField, useConfig, useFieldPath, useFormFields, useTranslation } from '@payloadcms/ui'
import type { TextareaFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

import { CHANNELS, DEFAULT_CHANNEL_LIMITS, type Channel } from '../channels'
import { countForChannel, MASTODON_URL_LENGTH } from '../text/countCharacters'
import { commonTextOf, publishedText } from '../text/publishedText'
import { translate } from '../translations'
import { useBalisesSlugs } from './useBalisesSlugs'

type Limits = Partial<Record<Channel, number>>

/** Channels that count every link as a fixed number of characters. */
const FIXED_LINK_LENGTH: Partial<Record<Channel, number>> = { x: 23, mastodon: MASTODON_URL_LENGTH }

// One read of the policy per page, shared by every counter of the form.
let policyLimits: { url: string; promise: Promise<Limits> } | null = null

/** The CHAN-1 limits of the policy settings, as the rules read them (defaults when never set or not readable). */
function loadLimits(url: string): Promise<Limits> {
  if (policyLimits?.url === url) return policyLimits.promise
  const promise = fetch(url, { credentials: 'include' })
    .then((response) => (response.ok ? response.json() : null))
    .then((policy: { channelLimits?: { channel?: string; limit?: number }[] } | null) => {
      const rows = (policy?.channelLimits ?? []).filter(
        (row): row is { channel: Channel; limit: number } =>
          (CHANNELS as readonly string[]).includes(row.channel ?? '') && typeof row.limit === 'number' && row.limit > 0,
      )
      return rows.length > 0 ? Object.fromEntries(rows.map((row) => [row.channel, row.limit])) : DEFAULT_CHANNEL_LIMITS
    })
    .catch(() => DEFAULT_CHANNEL_LIMITS as Limits)
  policyLimits = { url, promise }
  return promise
}

/**
 * A channel's own text (optional): Payload's own textarea, and under it which text this network
 * publishes (« Texte propre à Facebook », or « Vide : le texte commun sera publié ») and the character
 * count of that published text as the platform counts it (`countForChannel`) against the policy's
 * limit — red, with the CHAN-1 excess, when over.
 */
export const ChannelTextField: TextareaFieldClientComponent = (props) => {
  const path = useFieldPath() ?? props.path
  // `channels.0.text` → `channels.0.channel`: the row's own channel.
  const channelPath = path.includes('.') ? path.replace(/[^.]+$/, 'channel') : 'channel'
  const text = useFormFields(([fields]) => fields[path]?.value)
  const channelValue = useFormFields(([fields]) => fields[channelPath]?.value)
  // The common text as plain text (a string: re-renders only when the text itself changes).
  const commonText = useFormFields(([fields]) => commonTextOf(fields.body?.value))
  const { i18n } = useTranslation()
  const {
    config: {
      serverURL,
      routes: { api },
    },
  } = useConfig()
  const slugs = useBalisesSlugs()
  const [limits, setLimits] = useState<Limits>(DEFAULT_CHANNEL_LIMITS)

  useEffect(() => {
    let current = true
    void loadLimits(`${serverURL}${api}/globals/${slugs.policy}?depth=0`).then((loaded) => {
      if (current) setLimits(loaded)
    })
    return () => {
      current = false
    }
  }, [serverURL, api])

  const language = i18n.language
  const channel = (CHANNELS as readonly string[]).includes(String(channelValue)) ? (channelValue as Channel) : null
  const published = publishedText(typeof text === 'string' ? text : '', commonText)
  const count = channel ? countForChannel(channel, published.text) : 0
  const limit = channel ? limits[channel] : undefined
  const over = limit !== undefined && count > limit ? count - limit : 0
  const linkLength = channel ? FIXED_LINK_LENGTH[channel] : undefined
  const channelName = channel ? translate(language, `channels:${channel}`) : ''

  return (
    <div className="field-type balises-channel-text">
      {/* The label in the admin's language: a label function inside an array reaches this client field resolved once, in one language. */}
      <TextareaField {...props} field={{ ...props.field, label: translate(language, 'postForm:channelText') }} />
      <div
        className={`balises-counter${over > 0 ? ' balises-counter--over' : ''}`}
        data-testid="channel-counter"
        data-channel={channel ?? ''}
        data-count={channel ? count : undefined}
        data-limit={limit}
        data-over={over > 0 ? 'true' : 'false'}
        data-source={published.source}
        title={channel ? translate(language, 'characterCounter:countedAs', { channel: channelName }) : undefined}
      >
        {!channel ? (
          <span className="balises-counter__hint">{translate(language, 'characterCounter:chooseChannel')}</span>
        ) : (
          <>
            <span className={`balises-counter__source balises-counter__source--${published.source}`} data-testid="channel-text-source">
              {published.source === 'own'
                ? translate(language, 'postForm:ownText', { channel: channelName })
                : translate(language, 'postForm:usesCommonText')}
            </span>
            {' — '}
            <span className="balises-counter__count">
              {limit !== undefined ? translate(language, 'characterCounter:count', { count, limit }) : count}
            </span>
            {linkLength !== undefined && (
              <span className="balises-counter__links">
                {' '}
                {translate(language, 'characterCounter:linksCounted', { length: linkLength })}
              </span>
            )}
            {over > 0 && (
              <span className="balises-counter__over" role="status">
                {' — '}
                {over === 1 ? translate(language, 'characterCounter:overOne') : translate(language, 'characterCounter:over', { over })}
              </span>
            )}
          </>
        )}
      </div>
    </div>
  )
}
