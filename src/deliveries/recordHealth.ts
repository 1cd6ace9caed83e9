import type { Payload } from 'payload'

import type { Failure, HealthOutcome } from '../connectors/types'
import { slugsOf } from '../slugs'

/** What the last call to the network said of the account, for the account's sidebar and the next run. */
export async function recordHealth(
  payload: Payload,
  accountId: number | string,
  health: HealthOutcome,
  now: Date = new Date(),
): Promise<void> {
  const data: Record<string, unknown> = {
    health: health.state,
    healthCheckedAt: now.toISOString(),
    healthDetail: 'detail' in health ? health.detail.slice(0, 300) : null,
    rateLimitedUntil: health.state === 'rateLimited' ? (health.retryAt ?? new Date(now.getTime() + 15 * 60_000)).toISOString() : null,
  }
  if (health.state === 'ok' && health.accountName) data.accountName = health.accountName
  await payload.update({ collection: slugsOf(payload).channelAccounts, id: accountId, data, overrideAccess: true })
}

/** A failed call that says something of the account itself (refused credentials, a rate limit) is kept on it. */
export async function recordFailureHealth(payload: Payload, accountId: number | string, failure: Failure, now: Date): Promise<void> {
  if (failure.reason === 'reconnect') await recordHealth(payload, accountId, { state: 'reconnect', detail: failure.detail }, now)
  if (failure.reason === 'rateLimited') {
    await recordHealth(payload, accountId, { state: 'rateLimited', retryAt: failure.retryAt, detail: failure.detail }, now)
  }
}
