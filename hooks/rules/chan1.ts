import { countForChannel } from '../../src/text/countCharacters'
import { CHANNEL_NAMES, violation } from './messages'
import type { Channel } from '../../src/channels'
import type { Messages, Rule, Violation } from './types'

const HOW_IT_COUNTS: Record<Channel, Messages> = {
  x: {
    fr: 'X compte chaque lien pour 23 caractères, et chaque émoji ou caractère chinois, japonais ou coréen pour 2',
    en: 'X counts every link as 23 characters, and every emoji or Chinese, Japanese or Korean character as 2',
  },
  mastodon: {
    fr: 'Mastodon compte chaque lien pour 23 caractères',
    en: 'Mastodon counts every link as 23 characters',
  },
  bluesky: {
    fr: 'Bluesky compte les caractères tels qu’on les voit : un émoji compte pour 1',
    en: 'Bluesky counts characters as they are seen: an emoji counts as 1',
  },
  facebook: {
    fr: 'Facebook compte chaque caractère Unicode, liens compris en entier',
    en: 'Facebook counts every Unicode character, links in full',
  },
  instagram: {
    fr: 'Instagram compte chaque caractère Unicode, liens compris en entier',
    en: 'Instagram counts every Unicode character, links in full',
  },
  linkedin: {
    fr: 'LinkedIn compte chaque caractère Unicode, liens compris en entier',
    en: 'LinkedIn counts every Unicode character, links in full',
  },
}

/** CHAN-1: each channel's text fits that channel's limit, counted as the platform counts; one entry per channel. */
export const chan1Rule: Rule = {
  id: 'CHAN-1',
  level: 'block',
  title: { fr: 'Longueur permise par réseau', en: 'Length allowed per channel' },
  check(post, context) {
    const violations: Violation[] = []
    const firstEntry = new Map<Channel, number>()
    post.channels.forEach(({ channel, text }, index) => {
      const name = CHANNEL_NAMES[channel]
      const first = firstEntry.get(channel)
      if (first === undefined) firstEntry.set(channel, index)
      else {
        violations.push(
          violation(chan1Rule, `channels.${index}.channel`, {
            fr: `${name} figure deux fois dans la liste des réseaux (lignes ${first + 1} et ${index + 1}). Retirez la ligne en double ou choisissez un autre réseau.`,
            en: `${name} appears twice in the channel list (rows ${first + 1} and ${index + 1}). Remove the duplicate row or choose another channel.`,
          }),
        )
      }
      const limit = context.policy.channelLimits[channel]
      if (!limit) return
      const count = countForChannel(channel, text ?? '')
      if (count <= limit) return
      const how = HOW_IT_COUNTS[channel]
      violations.push(
        violation(chan1Rule, `channels.${index}.text`, {
          fr: `le texte ${name} compte ${count} caractères, au-delà de la limite de ${limit} (${how.fr}). Raccourcissez-le d’au moins ${count - limit} caractère${count - limit > 1 ? 's' : ''}.`,
          en: `the ${name} text counts ${count} characters, over the limit of ${limit} (${how.en}). Shorten it by at least ${count - limit} character${count - limit > 1 ? 's' : ''}.`,
        }),
      )
    })
    return violations
  },
}
