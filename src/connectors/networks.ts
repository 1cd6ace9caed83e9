import type { Channel } from '../channels'
import type { ConnectedNetwork, CredentialsOf } from './types'

/** The networks Balises publishes to itself; the others of CHANNELS get a manual delivery. */
export const CONNECTED_NETWORKS = ['bluesky', 'mastodon', 'facebook'] as const satisfies readonly ConnectedNetwork[]

export const DEFAULT_SERVER_URLS: Record<ConnectedNetwork, string> = {
  bluesky: 'https://bsky.social',
  mastodon: 'https://mastodon.social',
  facebook: 'https://graph.facebook.com/v21.0',
}

export function isConnectedNetwork(channel: Channel | string): channel is ConnectedNetwork {
  return (CONNECTED_NETWORKS as readonly string[]).includes(channel)
}

export type AccountSettings = { network: ConnectedNetwork; serverUrl?: string | null; identifier?: string | null }

/** An account's settings and its decrypted secret, in the shape its connector takes. */
export function credentialsOf<N extends ConnectedNetwork>(account: AccountSettings & { network: N }, secret: string): CredentialsOf[N] {
  const server = account.serverUrl?.trim() || DEFAULT_SERVER_URLS[account.network]
  const identifier = account.identifier?.trim() ?? ''
  const byNetwork: CredentialsOf = {
    bluesky: { service: server, identifier, appPassword: secret },
    mastodon: { instanceUrl: server, accessToken: secret },
    facebook: { graphUrl: server, pageId: identifier, pageToken: secret },
  }
  return byNetwork[account.network]
}
