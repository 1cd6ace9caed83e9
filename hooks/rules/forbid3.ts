import { hasAcceptedCurrentCode } from '../../src/codeOfConduct/acceptance'
import { violation } from './messages'
import type { Rule } from './types'

/**
 * FORBID-3: a staff account acknowledges the code of conduct before it creates or edits content.
 * The rulebook lists it as support (a feature); on posts it is enforced as a block. The system
 * (seed, scheduled jobs: actor null) is never concerned. Only an acceptance of the code's current
 * version (policy settings) counts. The code of conduct is not a post field,
 * so the message is put on the title.
 */
export const CODE_OF_CONDUCT_MESSAGE = {
  fr: 'vous devez accepter le code de conduite avant de créer ou modifier du contenu. Ouvrez « Mon compte », lisez le code de conduite et cliquez sur « J’accepte ».',
  en: 'you must accept the code of conduct before you create or edit content. Open "My account", read the code of conduct and click "I accept".',
}

export const forbid3Rule: Rule = {
  id: 'FORBID-3',
  level: 'block',
  title: { fr: 'Code de conduite accepté', en: 'Code of conduct accepted' },
  check(_post, context) {
    if (!context.actor || hasAcceptedCurrentCode(context.actor, context.policy.codeOfConductVersion)) return []
    return [violation(forbid3Rule, 'title', CODE_OF_CONDUCT_MESSAGE)]
  },
}
