import { findCounsellingOffers } from './detectors/counsellingOffer'
import { violation } from './messages'
import { textFields } from './textFields'
import type { Rule } from './types'

const QUOTE_LENGTH = 120

/** FORBID-2: no counselling or intervention through social media; people are sent to the phone, 811 or 911. */
export const forbid2Rule: Rule = {
  id: 'FORBID-2',
  level: 'block',
  title: { fr: 'Pas d’intervention par les médias sociaux', en: 'No counselling through social media' },
  check(post) {
    return textFields(post).flatMap(({ path, text, label }) => {
      const [offer] = findCounsellingOffers(text)
      if (!offer) return []
      const quote = offer.length > QUOTE_LENGTH ? `${offer.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : offer
      return [
        violation(forbid2Rule, path, {
          fr: `${label.fr} offre de l’aide ou de l’accompagnement par les médias sociaux (« ${quote} »). Retirez cette offre : l’organisme n’intervient pas par les médias sociaux. Invitez plutôt les gens à téléphoner à l’organisme, au 811 (Info-Social) ou, en cas d’urgence, au 911.`,
          en: `${label.en} offers help or accompaniment through social media ("${quote}"). Remove the offer: the organisation does not counsel through social media. Invite people to call the organisation, 811 (Info-Social) or, in an emergency, 911.`,
        }),
      ]
    })
  },
}
