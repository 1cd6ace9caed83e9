import { isApproval } from './approval'
import { violation } from './messages'
import type { Rule } from './types'

/** GOV-6: at approval, the reviewer confirms that the content matches the organisation's values. */
export const gov6Rule: Rule = {
  id: 'GOV-6',
  level: 'warn',
  title: { fr: 'Conforme aux valeurs de l’organisme', en: "Matches the organisation's values" },
  check(post, context) {
    if (!isApproval(context) || post.valuesConfirmed) return []
    return [
      violation(gov6Rule, 'valuesConfirmed', {
        fr: 'avant d’approuver, confirmez que le contenu correspond aux valeurs de l’organisme : cochez « Le contenu correspond aux valeurs de l’organisme ».',
        en: 'before approving, confirm that the content matches the organisation\'s values: tick "The content matches the organisation\'s values".',
      }),
    ]
  },
}
