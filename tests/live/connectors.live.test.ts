import { randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { connectorOf } from '../../src/connectors/registry'
import type { ConnectedNetwork, Connector, OutgoingPost } from '../../src/connectors/types'

/**
 * Opt-in smoke test against real accounts (`npm run test:live`), never in CI: each network runs only
 * when its BALISES_LIVE_* variables are set. It checks the connection, publishes one text post, reads
 * it back by its delivery key, and deletes it. Use a test account: the post is public for a few seconds.
 */

const env = process.env
const accounts: { network: ConnectedNetwork; credentials: unknown }[] = []
if (env.BALISES_LIVE_BLUESKY_IDENTIFIER && env.BALISES_LIVE_BLUESKY_APP_PASSWORD)
  accounts.push({
    network: 'bluesky',
    credentials: {
      service: env.BALISES_LIVE_BLUESKY_SERVICE || 'https://bsky.social',
      identifier: env.BALISES_LIVE_BLUESKY_IDENTIFIER,
      appPassword: env.BALISES_LIVE_BLUESKY_APP_PASSWORD,
    },
  })
if (env.BALISES_LIVE_MASTODON_URL && env.BALISES_LIVE_MASTODON_TOKEN)
  accounts.push({
    network: 'mastodon',
    credentials: { instanceUrl: env.BALISES_LIVE_MASTODON_URL, accessToken: env.BALISES_LIVE_MASTODON_TOKEN },
  })
if (env.BALISES_LIVE_FACEBOOK_PAGE_ID && env.BALISES_LIVE_FACEBOOK_TOKEN)
  accounts.push({
    network: 'facebook',
    credentials: {
      graphUrl: env.BALISES_LIVE_FACEBOOK_GRAPH_URL || 'https://graph.facebook.com/v21.0',
      pageId: env.BALISES_LIVE_FACEBOOK_PAGE_ID,
      pageToken: env.BALISES_LIVE_FACEBOOK_TOKEN,
    },
  })

describe.skipIf(accounts.length === 0)('connectors against real accounts (BALISES_LIVE_*)', () => {
  for (const { network, credentials } of accounts) {
    it(`${network}: connects, publishes one post, finds it by its key, deletes it`, async () => {
      const connector = connectorOf(network) as Connector
      expect(await connector.testConnection(credentials as never)).toMatchObject({ state: 'ok' })
      const post: OutgoingPost = {
        text: `Test de Balises ${new Date().toISOString()} : supprimé dans un instant.`,
        language: 'fr',
        images: [],
      }
      const request = { credentials, post, idempotencyKey: `balises-live-${randomUUID()}`, firstAttemptAt: new Date() } as never
      const published = await connector.publish(request)
      expect(published).toMatchObject({ kind: 'posted' })
      const remoteId = (published as { remoteId: string }).remoteId
      try {
        expect(await connector.reconcile(request)).toMatchObject({ kind: 'posted', remoteId })
      } finally {
        expect(await connector.remove({ credentials, remoteId } as never)).toMatchObject({ kind: 'removed' })
      }
    })
  }
})
