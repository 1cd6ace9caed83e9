import { blueskyConnector } from './bluesky'
import { facebookConnector } from './facebook'
import { mastodonConnector } from './mastodon'
import type { ConnectedNetwork, Connector } from './types'

const CONNECTORS: { [N in ConnectedNetwork]: Connector<N> } = {
  bluesky: blueskyConnector,
  mastodon: mastodonConnector,
  facebook: facebookConnector,
}

export function connectorOf<N extends ConnectedNetwork>(network: N): Connector<N> {
  return CONNECTORS[network]
}
