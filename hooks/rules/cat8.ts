import { categoryCode } from './categoryCode'
import { violation } from './messages'
import type { Rule } from './types'

/** CAT-8: news from another ESPACE organisation or the ROEQ names that organisation. */
export const cat8Rule: Rule = {
  id: 'CAT-8',
  level: 'block',
  title: { fr: 'L’organisme source est nommé', en: 'The source organisation is named' },
  check(post, context) {
    if (categoryCode(post, context) !== 'CAT-8') return []
    if (post.sourceOrganisation?.trim()) return []
    return [
      violation(
        cat8Rule,
        'sourceOrganisation',
        {
          fr: 'une information d’un autre organisme ESPACE ou du ROEQ doit nommer cet organisme. Indiquez-le dans le champ « Organisme source ».',
          en: 'news from another ESPACE organisation or from the ROEQ must name that organisation. Enter it in the "Source organisation" field.',
        },
        { incomplete: true },
      ),
    ]
  },
}
