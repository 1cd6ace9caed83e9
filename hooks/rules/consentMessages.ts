import type { Channel } from '../../src/channels'
import type { ConsentProblem, ConsentProblemKind } from './consentProblem'
import { formatDate, joinWords, listChannels, ruleMessage } from './messages'
import type { Messages } from './types'

/**
 * The people of one image whose consents fail, grouped by the condition that fails (PRIV-1 and
 * PRIV-2 say each condition once per image, with how many people it concerns).
 */
export class ConsentProblems {
  private readonly groups = new Map<ConsentProblemKind, { count: number; dates: Date[]; channels: Set<Channel> }>()

  add(problem: ConsentProblem): void {
    const group = this.groups.get(problem.kind) ?? { count: 0, dates: [], channels: new Set<Channel>() }
    group.count++
    if (problem.kind === 'channels') problem.channels.forEach((channel) => group.channels.add(channel))
    if (problem.kind === 'expired' || problem.kind === 'revoked') group.dates.push(problem.on)
    if (problem.kind === 'notYetValid') group.dates.push(problem.from)
    this.groups.set(problem.kind, group)
  }

  /**
   * One message per condition, in a fixed order. `people(count)` names the people concerned,
   * `consent` the consent in question (« le consentement », « le consentement du parent… »).
   */
  messages(options: {
    media: Messages
    people: (count: number) => Messages
    consent: Messages
    postChannels: readonly Channel[]
    instant: Date
    timeZone: string
  }): Messages[] {
    if (this.groups.size === 0) return []
    const { media, people, consent, postChannels, instant, timeZone } = options
    const date = formatDate(instant, timeZone)
    const days = (dates: Date[]) => joinDates(dates, timeZone)
    const order: ConsentProblemKind[] = ['none', 'revoked', 'expired', 'notYetValid', 'channels']
    return order.flatMap((kind) => {
      const group = this.groups.get(kind)
      if (!group) return []
      const variables = { media, people: people(group.count), consent, date }
      switch (kind) {
        case 'none':
          return [ruleMessage('ruleMessages:priv1NoneRecorded', variables)]
        case 'revoked':
          return [ruleMessage('ruleMessages:priv1Revoked', { ...variables, revoked: days(group.dates) })]
        case 'expired':
          return [ruleMessage('ruleMessages:priv1Expired', { ...variables, ended: days(group.dates) })]
        case 'notYetValid':
          return [ruleMessage('ruleMessages:priv1NotYetValid', { ...variables, starts: days(group.dates) })]
        case 'channels': {
          const channels = listChannels(postChannels.filter((channel) => group.channels.has(channel)))
          return [ruleMessage('ruleMessages:priv1MissingChannels', { ...variables, channels })]
        }
      }
    })
  }
}

/** Distinct calendar days, in order: « 3 mars 2026 et 5 avril 2026 ». */
function joinDates(dates: Date[], timeZone: string): Messages {
  const formatted = [...dates].sort((a, b) => a.getTime() - b.getTime()).map((date) => formatDate(date, timeZone))
  const unique = (language: 'fr' | 'en') => [...new Set(formatted.map((day) => day[language]))]
  const and = ruleMessage('ruleMessages:and')
  return { fr: joinWords(unique('fr'), and.fr), en: joinWords(unique('en'), and.en) }
}
