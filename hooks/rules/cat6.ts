import { categoryCode } from './categoryCode'
import { violation } from './messages'
import type { Rule } from './types'

/** CAT-6: a job, internship or volunteer offer has a closing date, not before its publication. */
export const cat6Rule: Rule = {
  id: 'CAT-6',
  level: 'block',
  title: { fr: 'Une offre a une date de fin', en: 'An offer has a closing date' },
  check(post, context) {
    if (categoryCode(post, context) !== 'CAT-6') return []
    if (!post.closingDate) {
      return [
        violation(
          cat6Rule,
          'closingDate',
          {
            fr: 'une offre d’emploi, de stage ou de bénévolat doit avoir une date de fin. Indiquez-la dans le champ « Date de fin de l’offre » : aucune offre ne reste en ligne après cette date.',
            en: 'a job, internship or volunteer offer needs a closing date. Enter it in the "Offer closing date" field: no offer stays up after that date.',
          },
          { incomplete: true },
        ),
      ]
    }
    const closing = Date.parse(post.closingDate)
    const publication = post.publishAt ? Date.parse(post.publishAt) : Number.NaN
    if (closing < publication) {
      return [
        violation(cat6Rule, 'closingDate', {
          fr: 'la date de fin de l’offre est avant la date de publication : l’offre serait déjà fermée. Reportez la date de fin ou avancez la publication.',
          en: 'the offer closing date is before the publication date: the offer would already be closed. Move the closing date later or publish earlier.',
        }),
      ]
    }
    return []
  },
}
