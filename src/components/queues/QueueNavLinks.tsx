import type { ServerProps } from 'payload'

import { translate } from '../../translations'
import { queuesOfRequest } from './queuesOfRequest'
import { QUEUE_TITLES } from './QueueSections'

/** « Ma file » in the navigation: each of the person's queues with how many wait, linked to its dashboard section. */
export async function QueueNavLinks({ payload, user, i18n }: ServerProps) {
  if (!user || !payload) return null
  const { queues } = await queuesOfRequest(payload, user as never)
  if (queues.length === 0) return null
  const language = i18n?.language === 'en' ? 'en' : 'fr'
  const admin = payload.config.routes.admin
  return (
    <div className="balises-queue-nav">
      <a href={admin} className="nav__link balises-nav-link" id="nav-balises-queues">
        <span className="nav__link-label">{translate(language, 'queues:navLabel')}</span>
      </a>
      {queues.map((queue) => (
        <a key={queue.name} href={`${admin}#queue-${queue.name}`} className="nav__link balises-queue-nav__item">
          <span className="nav__link-label">{translate(language, QUEUE_TITLES[queue.name])}</span>
          <span className={`balises-nav-count${queue.count > 0 ? ' is-waiting' : ''}`} data-testid={`nav-count-${queue.name}`}>
            {queue.count}
          </span>
        </a>
      ))}
    </div>
  )
}
