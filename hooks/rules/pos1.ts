import { collectiveMustApprove } from '../../src/checkMove'
import { categoryCode } from './categoryCode'
import { violation } from './messages'
import type { Messages, PositionStatus, Rule, Violation } from './types'

const STATUS_WORDS: Record<Exclude<PositionStatus, 'adopted'>, Messages> = {
  draft: { fr: 'est encore un brouillon (pas adoptée)', en: 'is still a draft (not adopted)' },
  withdrawn: { fr: 'a été retirée', en: 'has been withdrawn' },
  superseded: { fr: 'a été remplacée par une position plus récente', en: 'has been superseded by a newer position' },
}

/**
 * POS-1: a CAT-10 post cites an official position adopted by the Collective, and only a member of
 * the Collective approves it. The system (seed, scheduled jobs: actor null) is not a person
 * approving and is not checked.
 */
export const pos1Rule: Rule = {
  id: 'POS-1',
  level: 'gate',
  title: { fr: 'Une position officielle adoptée par la Collective', en: 'An official position adopted by the Collective' },
  check(post, context) {
    if (categoryCode(post, context) !== 'CAT-10') return []
    const violations: Violation[] = []
    if (post.positionId === null) {
      violations.push(
        violation(
          pos1Rule,
          'position',
          {
            fr: 'une publication de la catégorie CAT-10 (positions officielles) doit citer la position officielle qu’elle diffuse. Choisissez-la dans le champ « Position officielle ».',
            en: 'a CAT-10 post (official positions) must cite the official position it shares. Choose it in the "Official position" field.',
          },
          { incomplete: true },
        ),
      )
    } else if (!context.position) {
      violations.push(
        violation(pos1Rule, 'position', {
          fr: 'la position officielle choisie n’existe pas (ou plus). Choisissez une position adoptée dans le champ « Position officielle ».',
          en: 'the chosen official position does not exist (any more). Choose an adopted position in the "Official position" field.',
        }),
      )
    } else if (context.position.status !== 'adopted') {
      const status = STATUS_WORDS[context.position.status]
      violations.push(
        violation(pos1Rule, 'position', {
          fr: `la position officielle « ${context.position.title} » ${status.fr}. Seule une position adoptée par la Collective peut être diffusée : choisissez une position adoptée dans le champ « Position officielle ».`,
          en: `the official position "${context.position.title}" ${status.en}. Only a position adopted by the Collective can be shared: choose an adopted position in the "Official position" field.`,
        }),
      )
    }
    const { transition } = context
    if (transition && collectiveMustApprove(transition.from, transition.to, 'CAT-10', context.actor)) {
      violations.push(
        violation(pos1Rule, 'workflowStatus', {
          fr: 'seul un membre de la Collective peut approuver une publication de la catégorie CAT-10 (positions officielles). Demandez à un membre de la Collective de l’approuver.',
          en: 'only a member of the Collective can approve a CAT-10 post (official positions). Ask a member of the Collective to approve it.',
        }),
      )
    }
    return violations
  },
}
