import { countForChannel } from '../../src/text/countCharacters'
import { publishedText } from '../../src/text/publishedText'
import type { TranslationKey } from '../../src/translations'
import { CHANNEL_NAMES, ruleMessage, violation } from './messages'
import type { Channel } from '../../src/channels'
import type { Rule, Violation } from './types'

const HOW_IT_COUNTS: Record<Channel, TranslationKey> = {
  x: 'ruleMessages:chan1HowX',
  mastodon: 'ruleMessages:chan1HowMastodon',
  bluesky: 'ruleMessages:chan1HowBluesky',
  facebook: 'ruleMessages:chan1HowFacebook',
  instagram: 'ruleMessages:chan1HowInstagram',
  linkedin: 'ruleMessages:chan1HowLinkedin',
}

/**
 * CHAN-1: the text each channel publishes fits that channel's limit, counted as the platform counts;
 * one entry per channel. A channel without its own text publishes the common text (`body`): that is
 * what is counted, and the finding then points at `body`, naming the channel.
 */
export const chan1Rule: Rule = {
  id: 'CHAN-1',
  level: 'block',
  get title() {
    return ruleMessage('ruleTitles:chan1')
  },
  check(post, context) {
    const violations: Violation[] = []
    const firstEntry = new Map<Channel, number>()
    post.channels.forEach(({ channel, text }, index) => {
      const name = CHANNEL_NAMES[channel]
      const first = firstEntry.get(channel)
      if (first === undefined) firstEntry.set(channel, index)
      else {
        violations.push(
          violation(
            chan1Rule,
            `channels.${index}.channel`,
            ruleMessage('ruleMessages:chan1Duplicate', { channel: name, first: first + 1, second: index + 1 }),
          ),
        )
      }
      const limit = context.policy.channelLimits[channel]
      if (!limit) return
      const published = publishedText(text, post.bodyText)
      const count = countForChannel(channel, published.text)
      if (count <= limit) return
      const own = published.source === 'own'
      violations.push(
        violation(
          chan1Rule,
          own ? `channels.${index}.text` : 'body',
          ruleMessage(own ? 'ruleMessages:chan1TooLong' : 'postForm:chan1CommonTooLong', {
            channel: name,
            count,
            limit,
            how: ruleMessage(HOW_IT_COUNTS[channel]),
            over: count - limit,
            characters: ruleMessage(count - limit > 1 ? 'ruleMessages:chan1CharacterMany' : 'ruleMessages:chan1CharacterOne'),
          }),
        ),
      )
    })
    return violations
  },
}
