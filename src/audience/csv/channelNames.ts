import { CHANNEL_NAMES, CHANNELS, type Channel } from '../../channels'
import { tr } from '../../translations'
import { compact } from './messages'

/** Other names a spreadsheet may use; the platforms' own names and Balises' labels are added below. */
const ALIASES: Record<Channel, string[]> = {
  facebook: ['fb', 'pagefacebook', 'facebookpage'],
  instagram: ['ig', 'insta'],
  x: ['twitter', 'xtwitter', 'twitterx', 'xanciennementtwitter', 'xformerlytwitter'],
  linkedin: ['linkedinpage', 'pagelinkedin'],
  bluesky: ['bsky', 'blueskysocial', 'bskysocial'],
  mastodon: [],
}

const BY_NAME = new Map<string, Channel>()
for (const channel of CHANNELS) {
  const label = tr(`channels:${channel}`)
  for (const name of [channel, CHANNEL_NAMES[channel], label.fr, label.en, ...ALIASES[channel]]) BY_NAME.set(compact(name), channel)
}

/** « X (Twitter) », "facebook", "LinkedIn"… → the channel, or null. */
export function channelOf(text: string): Channel | null {
  return BY_NAME.get(compact(text)) ?? null
}
