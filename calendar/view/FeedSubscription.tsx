'use client'

import { useState } from 'react'

import { translate } from '../../src/translations'
import { createFeedToken, revokeFeedToken } from './api'

/** The person's secret iCal address: created (shown once), regenerated or revoked. */
export function FeedSubscription({ apiRoute, language }: { apiRoute: string; language: 'fr' | 'en' }) {
  const [url, setUrl] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const run = async (work: () => Promise<void>) => {
    try {
      await work()
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <details className="balises-feed" data-testid="feed-subscription">
      <summary>{translate(language, 'calendar:subscribe')}</summary>
      <p>{translate(language, 'calendar:subscribeHelp')}</p>
      <div className="balises-feed__actions">
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() =>
            run(async () => {
              setUrl(await createFeedToken(apiRoute))
              setStatus(translate(language, 'calendar:feedTokenCreated'))
            })
          }
        >
          {translate(language, url ? 'calendar:regenerate' : 'calendar:createAddress')}
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() =>
            run(async () => {
              await revokeFeedToken(apiRoute)
              setUrl(null)
              setStatus(translate(language, 'calendar:revoked'))
            })
          }
        >
          {translate(language, 'calendar:revoke')}
        </button>
      </div>
      {url && <input className="balises-feed__url" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />}
      {status && <p role="status">{status}</p>}
    </details>
  )
}
