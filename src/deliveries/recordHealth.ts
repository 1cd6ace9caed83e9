import type { Payload } from 'payload'

import type { HealthOutcome } from '../connectors/types'
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
