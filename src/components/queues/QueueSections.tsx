import type { Payload, PayloadRequest } from 'payload'

import { formatInstant } from '../../../calendar/format'
import type { Queue, QueueItem, QueueName } from '../../queues'
import { translate, type TranslationKey } from '../../translations'
import { queuesOfRequest } from './queuesOfRequest'
import './queues.css'
import { slugsOf } from '../../slugs'

export const QUEUE_TITLES: Record<QueueName, TranslationKey> = {
  'my-drafts': 'queues:myDrafts',
  'sent-back': 'queues:sentBack',
  'scheduled-this-week': 'queues:scheduledThisWeek',
  'to-review': 'queues:toReview',
  'to-schedule': 'queues:toSchedule',
  'publish-refused': 'queues:publishRefused',
  'to-handle': 'queues:toHandle',
  collective: 'queues:collective',
}

type Props = { payload: Payload; user: NonNullable<PayloadRequest['user']>; language: 'fr' | 'en' }

/** The dashboard opens on what waits for the person: one section a queue of their roles. */
export async function QueueSections({ payload, user, language }: Props) {
  const { queues, zone } = await queuesOfRequest(payload, user)
  if (queues.length === 0) return null
  const admin = payload.config.routes.admin
  const slugs = slugsOf(payload)
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)
  const when = (instant: string | null | undefined) => formatInstant(instant, zone, language)

  const detail = (queue: Queue, item: QueueItem): string[] => {
    if (item.kind === 'position') return [t('queues:position')]
    const lines: string[] = []
    if (queue.name === 'sent-back' && item.event) {
      lines.push(item.event.byName ? t('queues:sentBackBy', { name: item.event.byName, when: when(item.event.at) }) : when(item.event.at))
      if (item.event.reason) lines.push(t('queues:reason', { reason: item.event.reason }))
    } else if (queue.name === 'publish-refused' && item.event) {
      lines.push(t('queues:refusedAt', { when: when(item.event.at) }))
      if (item.event.reason) lines.push(t('queues:reason', { reason: item.event.reason }))
    } else {
      if (queue.name === 'collective') lines.push(t('queues:postCat10'))
      lines.push(item.publishAt ? when(item.publishAt) : t('queues:noDate'))
    }
    return lines
  }

  return (
    <div className="balises-queues" aria-label={t('queues:title')}>
      <h3 className="balises-queues__title">{t('queues:title')}</h3>
      <div className="balises-queues__grid">
        {queues.map((queue) => (
          <section
            key={queue.name}
            id={`queue-${queue.name}`}
            className="balises-queue"
            data-testid={`queue-${queue.name}`}
            data-count={queue.count}
          >
            <h4>
              {t(QUEUE_TITLES[queue.name])}{' '}
              <span className={`balises-queue__count${queue.count > 0 ? ' is-waiting' : ''}`} data-testid="queue-count">
                {queue.count}
              </span>
            </h4>
            {queue.name === 'to-handle' ? (
              <p>
                {t(queue.count === 0 ? 'tour:openTasksNone' : queue.count === 1 ? 'tour:openTasksOne' : 'tour:openTasksMany', {
                  count: queue.count,
                })}{' '}
                — <a href={`${admin}${queue.seeAll}`}>{t('queues:openToHandle')}</a>
              </p>
            ) : queue.items.length === 0 ? (
              <p className="balises-queue__empty">{t('queues:empty')}</p>
            ) : (
              <ul>
                {queue.items.map((item) => (
                  <li key={`${item.kind}-${item.id}`} data-testid="queue-item">
                    <a href={`${admin}/collections/${item.kind === 'position' ? slugs.positions : slugs.posts}/${item.id}`}>{item.title}</a>
                    {detail(queue, item).map((line) => (
                      <span key={line} className="balises-queue__detail">
                        {line}
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
            {queue.name !== 'to-handle' && queue.seeAll && queue.count > queue.items.length && (
              <a className="balises-queue__all" href={`${admin}${queue.seeAll}`}>
                {t('queues:seeAll', { count: queue.count })}
              </a>
            )}
          </section>
        ))}
      </div>
    </div>
  )
}
