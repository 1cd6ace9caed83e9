import type { Channel } from '../../src/channels'

/** The networks as the calendar's small lines name them (the legend spells them out). */
export const CHANNEL_SHORT: Record<Channel, string> = {
  facebook: 'FB',
  instagram: 'IG',
  x: 'X',
  linkedin: 'IN',
  bluesky: 'BS',
  mastodon: 'MA',
}
