import { CHANNEL_NAMES, type Channel } from '../../src/channels'
import type { Messages, Rule, Violation } from './types'

/** Every message starts with the rule ID, so a refusal can be traced back to the rulebook. */
export function violation(
  rule: Pick<Rule, 'id' | 'level'>,
  path: string,
  message: Messages,
  options: { incomplete?: boolean; personal?: boolean } = {},
): Violation {
  return {
    rule: rule.id,
    level: rule.level,
    path,
    message: { fr: `${rule.id} : ${message.fr}`, en: `${rule.id}: ${message.en}` },
    ...(options.incomplete ? { incomplete: true } : {}),
    ...(options.personal ? { personal: true } : {}),
  }
}

export { CHANNEL_NAMES }

/** « Facebook, X et Mastodon » / "Facebook, X and Mastodon". */
export function listChannels(channels: readonly Channel[]): Messages {
  const names = channels.map((channel) => CHANNEL_NAMES[channel])
  return { fr: joinWords(names, 'et'), en: joinWords(names, 'and') }
}

function joinWords(words: string[], conjunction: string): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`
}

/** The publication instant as a calendar date in the policy's time zone. */
export function formatDate(instant: Date, timeZone: string): Messages {
  const format = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(instant)
  return { fr: format('fr-CA'), en: format('en-CA') }
}

export function mediaLabel(filename: string): Messages {
  return { fr: `image « ${filename} »`, en: `image "${filename}"` }
}
