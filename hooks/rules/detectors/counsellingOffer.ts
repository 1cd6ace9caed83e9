import { fold } from './normalise'
import { compilePhrases, containsAny } from './phrases'

/**
 * FORBID-2 detector: a post that offers individual help or accompaniment through the social
 * network. A sentence is an offer when it has both
 * - an invitation to contact the organisation privately through the network (private or direct
 *   message, Messenger, inbox, comments), and
 * - a help term (help, support, accompaniment, a difficult situation, someone to talk to),
 * and does not say that no such help is given. A question just before counts with the sentence
 * (« Vous vivez une situation difficile ? Écrivez-nous en privé. »).
 * Redirecting to a phone line, 811 or 911 is fine; a private message about something else
 * (tickets, volunteering, donations) is fine too.
 */

const PRIVATE_CHANNEL = compilePhrases([
  'message privé',
  'messages privés',
  'messagerie privée',
  'mp',
  'messenger',
  'boîte de réception',
  'en commentaire*',
  'dans les commentaires',
  'envoyez-nous un message',
  'envoie-nous un message',
  'écrivez-nous un message',
  'laissez-nous un message',
  'par message',
  'via facebook',
  'par facebook',
  'via instagram',
  'par instagram',
  'private message*',
  'direct message*',
  'dm',
  'dms',
  'pm us',
  'pm me',
  'message us',
  'send us a message',
  'inbox',
  'in the comments',
  'comment below',
  'in a comment',
])

// « en privé » only counts with a verb of writing or contacting (« vous rencontrer en privé » is fine).
const IN_PRIVATE = compilePhrases(['en privé', 'in private', 'privately'])
const CONTACT_VERB = compilePhrases(['écri*', 'contact*', 'texte*', 'textez', 'write', 'text', 'reach out', 'message*'])

const HELP = compilePhrases([
  'vous aider',
  "t'aider",
  'te aider',
  "de l'aide",
  "d'aide",
  'aide psychologique',
  'vous accompagn*',
  "t'accompagn*",
  'être accompagn*',
  'accompagnement',
  'du soutien',
  'de soutien',
  'un soutien',
  'vous soutenir',
  'te soutenir',
  'soutien psycho*',
  'soutien émotionnel',
  'vous écouter',
  "t'écouter",
  'une écoute',
  "à l'écoute",
  "parler à quelqu'un",
  'parler à une intervenant*',
  'parler à un intervenant*',
  'intervenant* vous',
  'intervenant* te',
  'besoin de parler',
  "besoin d'en parler",
  'vous confier',
  'te confier',
  'situation difficile',
  'situations difficiles',
  'moment difficile',
  'période difficile',
  'vivez une',
  'vous vivez',
  'tu vis',
  'vous traversez',
  'tu traverses',
  'détresse',
  'en crise',
  'vous êtes victime',
  'tu es victime',
  'vos démarches',
  'tes démarches',
  'des conseils',
  'vous conseiller',
  'vous orienter',
  'vous guider',
  'help you',
  'help with',
  'get help',
  'need help',
  'for help',
  'here to help',
  "we'll help",
  'we will help',
  'we can help',
  'support you',
  'for support',
  'get support',
  'need support',
  'some support',
  'emotional support',
  'counsel*',
  'advice',
  'talk to someone',
  'someone to talk to',
  'going through',
  'hard time',
  'difficult time',
  'difficult situation',
  'struggling',
  'in crisis',
  'accompany you',
])

// The post says that no help is given this way (« Nous n'offrons pas d'accompagnement par message privé »).
const REFUSAL = compilePhrases([
  "n'offr* pas",
  "n'offr* aucun*",
  'ne pouvons pas',
  'ne faisons pas',
  'ne fait pas',
  'ne nous écri* pas',
  'ne nous contact* pas',
  "pas d'accompagnement",
  'pas de soutien',
  "pas d'intervention",
  "pas d'aide",
  'aucun accompagnement',
  'aucune intervention',
  'aucun soutien',
  'do not offer',
  "don't offer",
  'do not provide',
  "don't provide",
  'cannot offer',
  "can't offer",
  'cannot provide',
  "can't provide",
  'no counsel*',
  'do not dm',
  "don't dm",
  'do not message',
  "don't message",
])

/** The sentences (as written) that offer help through the network; empty when the text is fine. */
export function findCounsellingOffers(text: string): string[] {
  const sentences = splitSentences(text)
  const offers: string[] = []
  sentences.forEach((sentence, index) => {
    const previous = sentences[index - 1]
    const window = previous?.trimEnd().endsWith('?') ? `${previous} ${sentence}` : sentence
    if (isOffer(fold(window))) offers.push(window.trim())
  })
  return offers
}

function isOffer(folded: string): boolean {
  const privateContact = containsAny(folded, PRIVATE_CHANNEL) || (containsAny(folded, IN_PRIVATE) && containsAny(folded, CONTACT_VERB))
  return privateContact && containsAny(folded, HELP) && !containsAny(folded, REFUSAL)
}

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}
