import { translate } from '../translations'

export type WithdrawalOutcome = { unscheduled: number; takedowns: number }

/** Where the withdrawal endpoint finds what the cascade did within its request. */
export const WITHDRAWAL_OUTCOME = 'balisesWithdrawalOutcome'

/**
 * What a withdrawal did, said with the right plurals: « Consentement retiré. 2 publications
 * déprogrammées, 1 à retirer des réseaux (tâche créée). »
 */
export function withdrawalMessage(language: string | undefined, { unscheduled, takedowns }: WithdrawalOutcome): string {
  const say = (none: 'consent:unscheduledNone' | 'consent:takedownsNone', count: number) => {
    const base = none === 'consent:unscheduledNone' ? 'unscheduled' : 'takedowns'
    if (count === 0) return translate(language, none)
    return count === 1 ? translate(language, `consent:${base}One`) : translate(language, `consent:${base}Many`, { count })
  }
  return `${translate(language, 'consent:withdrawnDone')} ${say('consent:unscheduledNone', unscheduled)}, ${say('consent:takedownsNone', takedowns)}.`
}
