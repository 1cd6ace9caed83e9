'use client'

import { useAllFormFields, useConfig, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useEffect, useMemo, useState } from 'react'

import { CHANNEL_NAMES, CHANNELS, DEFAULT_CHANNEL_LIMITS, type Channel } from '../../channels'
import { countForChannel } from '../../text/countCharacters'
import { commonTextOf, publishedText } from '../../text/publishedText'
import { translate, type TranslationKey } from '../../translations'
import { complianceRequestBody } from '../complianceRequest'
import { useBalisesSlugs } from '../useBalisesSlugs'
import { FEED_CUTS, feedCutIndex, GRID_CELLS, imageFrame } from './networkDisplay'
import { linkCard, overLimitIndex, previewSegments, type Segment } from './previewText'
import './preview.css'

type Limits = Partial<Record<Channel, number>>
type MediaDoc = { id: string | number; url?: string | null; alt?: string | null; width?: number | null; height?: number | null }
type PostValues = { channels?: { channel?: string; text?: string | null }[]; body?: unknown; media?: unknown[] }

/** The ids of the post's images, in the form's order (ids, or documents once populated). */
function mediaIds(media: unknown): (string | number)[] {
  if (!Array.isArray(media)) return []
  return media
    .map((item) =>
      item && typeof item === 'object' ? ((item as { id?: unknown; value?: unknown }).id ?? (item as { value?: unknown }).value) : item,
    )
    .filter((id): id is string | number => typeof id === 'string' || typeof id === 'number')
}

function useJson<T>(url: string | null, initial: T, pick: (body: unknown) => T): T {
  const [value, setValue] = useState<T>(initial)
  useEffect(() => {
    if (!url) return
    let current = true
    fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => {
        if (current && body) setValue(pick(body))
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [url])
  return value
}

function pickLimits(policy: unknown): Limits {
  const rows = ((policy as { channelLimits?: { channel?: string; limit?: number }[] })?.channelLimits ?? []).filter(
    (row): row is { channel: Channel; limit: number } =>
      (CHANNELS as readonly string[]).includes(row.channel ?? '') && typeof row.limit === 'number' && row.limit > 0,
  )
  return rows.length > 0
    ? { ...DEFAULT_CHANNEL_LIMITS, ...Object.fromEntries(rows.map((row) => [row.channel, row.limit])) }
    : DEFAULT_CHANNEL_LIMITS
}

/**
 * What each network of the post will show, as the person types (nothing is sent to any network):
 * the text it receives (its own or the « texte commun »), cut where its feed cuts with « voir plus »,
 * links, hashtags and mentions styled, the first link as a card, the images in its crop, and the
 * count against the policy's limit with the excess marked.
 */
export const PostPreview: UIFieldClientComponent = () => {
  const [fields] = useAllFormFields()
  const { i18n } = useTranslation()
  const {
    config: {
      serverURL,
      routes: { api },
    },
  } = useConfig()
  const slugs = useBalisesSlugs()
  const language = i18n.language
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)

  const values = useMemo(() => (JSON.parse(complianceRequestBody(fields, null)) as { data: PostValues }).data, [fields])
  const limits = useJson<Limits>(`${serverURL}${api}/globals/${slugs.policy}?depth=0`, DEFAULT_CHANNEL_LIMITS, pickLimits)

  const ids = mediaIds(values.media)
  const idsKey = ids.join(',')
  const [media, setMedia] = useState<Record<string, MediaDoc>>({})
  useEffect(() => {
    let current = true
    const missing = ids.filter((id) => !(String(id) in media))
    if (missing.length === 0) return
    void Promise.all(
      missing.map((id) =>
        fetch(`${serverURL}${api}/${slugs.media}/${encodeURIComponent(String(id))}?depth=0`, { credentials: 'include' })
          .then((response) => (response.ok ? (response.json() as Promise<MediaDoc>) : { id }))
          .catch(() => ({ id })),
      ),
    ).then((docs) => {
      if (current) setMedia((known) => ({ ...known, ...Object.fromEntries(docs.map((doc) => [String(doc.id), doc])) }))
    })
    return () => {
      current = false
    }
  }, [idsKey, serverURL, api, slugs.media])
  const images = ids.map((id) => media[String(id)]).filter((doc): doc is MediaDoc => Boolean(doc?.url))

  const common = commonTextOf(values.body)
  const rows = (values.channels ?? [])
    .map((row) => row?.channel)
    .map((channel, index) => ({ channel, index }))
    .filter((row): row is { channel: Channel; index: number } => (CHANNELS as readonly string[]).includes(row.channel ?? ''))
  const networks = rows.filter((row, position) => rows.findIndex((other) => other.channel === row.channel) === position)

  const [selected, setSelected] = useState<Channel | null>(null)
  const active = networks.find((row) => row.channel === selected)?.channel ?? networks[0]?.channel ?? null

  return (
    <section className="field-type balises-preview" data-testid="post-preview" aria-labelledby="balises-preview-heading">
      <h3 className="balises-preview__heading" id="balises-preview-heading">
        {t('preview:heading')}
      </h3>
      <p className="balises-preview__legend">{t('preview:legend')}</p>
      {networks.length === 0 ? (
        <p className="balises-preview__empty" data-testid="post-preview-empty">
          {t('preview:noNetwork')}
        </p>
      ) : (
        <>
          <div className="balises-preview__tabs" role="tablist" aria-label={t('preview:heading')}>
            {networks.map(({ channel }) => (
              <button
                key={channel}
                type="button"
                role="tab"
                id={`balises-preview-tab-${channel}`}
                aria-selected={channel === active}
                aria-controls={`balises-preview-card-${channel}`}
                className={`balises-preview__tab${channel === active ? ' balises-preview__tab--active' : ''}`}
                data-testid={`preview-tab-${channel}`}
                onClick={() => setSelected(channel)}
              >
                {CHANNEL_NAMES[channel]}
              </button>
            ))}
          </div>
          {networks.map(({ channel, index }) => (
            <NetworkCard
              key={channel}
              channel={channel}
              hidden={channel !== active}
              published={publishedText(values.channels?.[index]?.text, common)}
              limit={limits[channel]}
              images={images}
              t={t}
            />
          ))}
        </>
      )}
    </section>
  )
}

function NetworkCard({
  channel,
  hidden,
  published,
  limit,
  images,
  t,
}: {
  channel: Channel
  hidden: boolean
  published: { text: string; source: 'own' | 'common' }
  limit: number | undefined
  images: MediaDoc[]
  t: (key: TranslationKey, variables?: Record<string, string | number>) => string
}) {
  const [expanded, setExpanded] = useState(false)
  const text = published.text
  const count = countForChannel(channel, text)
  const over = overLimitIndex(channel, text, limit)
  const cut = feedCutIndex(text, FEED_CUTS[channel])
  const segments = previewSegments(channel, text, cut, over)
  const card = linkCard(channel, text)
  const truncated = cut !== null && !expanded
  const visible = truncated ? segments.filter((segment) => segment.zone === 'shown') : segments
  const name = CHANNEL_NAMES[channel]

  return (
    <article
      className={`balises-preview__card balises-preview__card--${channel}`}
      id={`balises-preview-card-${channel}`}
      role="tabpanel"
      aria-labelledby={`balises-preview-tab-${channel}`}
      hidden={hidden}
      data-testid={`preview-card-${channel}`}
      data-source={published.source}
      data-count={count}
      data-limit={limit}
      data-over={over !== null ? 'true' : 'false'}
      data-truncated={truncated ? 'true' : 'false'}
    >
      <p className={`balises-preview__source balises-preview__source--${published.source}`} data-testid={`preview-source-${channel}`}>
        {published.source === 'own' ? t('preview:sourceOwn', { network: name }) : t('preview:sourceCommon')}
      </p>
      <header className="balises-preview__author">
        <span className="balises-preview__avatar" aria-hidden="true">
          {t('preview:avatarInitials')}
        </span>
        <span>
          <strong>{t('preview:organisation')}</strong>
          <span className="balises-preview__handle">{t(`preview:when_${channel}` as TranslationKey)}</span>
        </span>
      </header>
      {text.trim() === '' ? (
        <p className="balises-preview__text balises-preview__text--empty">{t('preview:noText')}</p>
      ) : (
        <p className="balises-preview__text" data-testid={`preview-text-${channel}`}>
          {visible.map((segment, position) => (
            <SegmentView key={position} segment={segment} />
          ))}
          {truncated && (
            <>
              {'… '}
              <button
                type="button"
                className="balises-preview__more"
                data-testid={`preview-more-${channel}`}
                onClick={() => setExpanded(true)}
              >
                {t(`preview:more_${channel}` as TranslationKey)}
              </button>
            </>
          )}
        </p>
      )}
      {images.length > 0 && <Images channel={channel} images={images} t={t} />}
      {card && images.length === 0 && (
        <a
          className="balises-preview__link-card"
          href={card.url}
          target="_blank"
          rel="noreferrer noopener"
          data-testid={`preview-link-card-${channel}`}
        >
          <span className="balises-preview__link-domain">{card.domain}</span>
          <span className="balises-preview__link-url">{card.url}</span>
        </a>
      )}
      <footer
        className={`balises-preview__count${over !== null ? ' balises-preview__count--over' : ''}`}
        data-testid={`preview-count-${channel}`}
      >
        {limit !== undefined ? t('preview:count', { count, limit }) : String(count)}
        {over !== null && limit !== undefined && <span role="status"> — {t('preview:over', { over: count - limit })}</span>}
        {cut !== null && (
          <span className="balises-preview__cut">
            {' '}
            · {t('preview:cutAt', { count: FEED_CUTS[channel]!.characters, lines: FEED_CUTS[channel]!.lines })}
          </span>
        )}
      </footer>
    </article>
  )
}

function SegmentView({ segment }: { segment: Segment }) {
  const className = `balises-preview__${segment.kind}${segment.zone === 'over' ? ' balises-preview__over' : ''}`
  if (segment.kind === 'text' && segment.zone !== 'over') return <>{segment.text}</>
  return (
    <span className={className} data-zone={segment.zone}>
      {segment.text}
    </span>
  )
}

function Images({
  channel,
  images,
  t,
}: {
  channel: Channel
  images: MediaDoc[]
  t: (key: TranslationKey, variables?: Record<string, string | number>) => string
}) {
  const frame = imageFrame(channel, images.length, images[0])
  const shown = frame.layout === 'grid' ? images.slice(0, GRID_CELLS) : images.slice(0, 1)
  const extra = images.length - shown.length
  return (
    <div
      className={`balises-preview__images balises-preview__images--${frame.layout} balises-preview__images--n${Math.min(shown.length, GRID_CELLS)}`}
      data-testid={`preview-images-${channel}`}
      data-ratio={frame.ratioLabel}
      data-layout={frame.layout}
    >
      {shown.map((image, position) => (
        <div key={String(image.id)} className="balises-preview__image" style={{ aspectRatio: String(frame.ratio) }}>
          <img src={image.url ?? ''} alt={image.alt ?? ''} />
          {extra > 0 && position === shown.length - 1 && frame.layout === 'grid' && (
            <span className="balises-preview__extra">+{extra}</span>
          )}
        </div>
      ))}
      {frame.layout === 'carousel' && <span className="balises-preview__carousel">{t('preview:carousel', { count: images.length })}</span>}
    </div>
  )
}
