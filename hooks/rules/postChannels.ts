import type { Channel } from '../../src/channels'
import type { PostSnapshot } from './types'

/** The post's channels, each once, in the post's order. */
export function postChannels(post: PostSnapshot): Channel[] {
  return [...new Set(post.channels.map((entry) => entry.channel))]
}
