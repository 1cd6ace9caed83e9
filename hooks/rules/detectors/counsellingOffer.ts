import { compilePhrases, containsAny, findPhrases, overlaps, type CompiledPhrase } from './phrases'
import { tokenise, type TokenisedText } from './tokens'

/**
 * FORBID-2 detector: a post that offers individual help or accompaniment through the social
 * network. A passage (a sentence with the one before and the one after: « Tough day? DM us. We're
 * here. ») is an offer when it has
 * - an invitation to write to the organisation through the network (private or direct message,
 *   Messenger, inbox, comments, « écris-nous », « message us »), and
 * - something that says help will come that way: listening, support, accompaniment, an
 *   intervention worker, someone to talk to, a difficult situation (« on est là pour toi »,
 *   « we'll guide you »); a bare « aide » / « help » counts only when the passage is not about
 *   something else (tickets, registration, volunteering, a donation, a contest),
 * and does not say that no such help is given (« Nous n'offrons pas d'accompagnement par Messenger »,
 * « n'écrivez pas en commentaire »). Redirecting to a phone line, 811 or 911 is fine.
 * The vocabularies use the syntax of phrases.ts; the channel words are taken as written (« messaged
 * us » tells what happened, « message us » invites).
 */

const AS_WRITTEN = { maxGap: 2, stemmed: false }
const STEMMED = { maxGap: 2 }

const PRIVATE_CHANNEL = compilePhrases(
  [
    'message privé',
    'messages privés',
    'messagerie',
    'mp',
    'messenger',
    'dm',
    'dms',
    'boîte de réception',
    'boîte messenger',
    'en commentaire*',
    'dans les commentaires',
    'un commentaire',
    'laissez-nous un commentaire',
    'écris-nous',
    'écrivez-nous',
    'écrivez nous',
    'ecris nous',
    'nous écrire',
    'envoie-nous',
    'envoyez-nous',
    'glisse-nous',
    'glissez-nous',
    'texte-nous',
    'textez-nous',
    'contacte-nous par',
    'contactez-nous par',
    'jaser en privé',
    'parler en privé',
    'parlez-en avec nous',
    'nous jaser',
    'sur instagram',
    'sur insta',
    'sur facebook',
    'sur notre page',
    'ici même',
    'private message*',
    'direct message*',
    'privately',
    'in private',
    'inbox',
    'message us',
    'message our page',
    'message me',
    'messages us',
    'send us a message',
    'send us a dm',
    'send me a message',
    'sending us a private message',
    'write to us',
    'write us',
    'tell us in a dm',
    'on messenger',
    'on facebook',
    'on instagram',
    'on here',
    'hit us up',
    'slide into our',
    'comment below',
    'in the comments',
    'in a comment',
    'answer private messages',
  ],
  AS_WRITTEN,
)

// « en privé » only counts with a verb of writing or contacting (« vous rencontrer en privé » is fine).
const IN_PRIVATE = compilePhrases(['en privé', 'en prive'], AS_WRITTEN)
const CONTACT_VERB = compilePhrases(['écri*', 'ecri*', 'contact*', 'texte*', 'textez', 'message*', 'jas*', 'parl*'], AS_WRITTEN)

// Help that would be given through the channel.
const HELP = compilePhrases(
  [
    'vous aider',
    "t'aider",
    'te aider',
    'nous vous aiderons',
    'on va vous aider',
    'on va t’aider',
    'peut t’aider',
    'pouvons vous aider',
    'aide psychologique',
    'accompagn*',
    'soutien',
    'soutenir',
    'écoute',
    'écouter',
    "t'écouter",
    'oreille attentive',
    'confier',
    'confie-toi',
    'confiez-vous',
    'confidentialité',
    'intervenant*',
    "équipe d'intervention",
    'conseiller',
    'conseils',
    'guider',
    'orienter',
    'pistes',
    'solutions',
    'quoi faire',
    'réagir',
    'situation',
    'vous vivez',
    'tu vis',
    'ce que tu vis',
    'ça va pas',
    'ca va pas',
    'ça ne va pas',
    'parler',
    'en parle',
    'jaser',
    'discuter',
    'on est là',
    'là pour toi',
    'là pour vous',
    'nous sommes là',
    'on te répond',
    'vous répondra',
    'te répondra',
    'répondons personnellement',
    'détresse',
    'difficile',
    'en crise',
    'victime',
    'espace sécuritaire',
    'help you',
    'we’ll help',
    'we will help',
    'we can help',
    'here to help',
    'support',
    'listen',
    'listening',
    'talk',
    'vent',
    'here for you',
    'here for u',
    'we’re here',
    'we are here',
    'got you',
    'guide you',
    "we'll guide",
    'guidance',
    'walk you through',
    'walk with you',
    'next steps',
    'what to do',
    'figure out',
    'options',
    'counsel*',
    'advice',
    'worker',
    'caseworker',
    'confide',
    'confidential*',
    'safe space',
    'not alone',
    'go through this',
    'going through',
    'going thru',
    'struggling',
    'hard time',
    'rough',
    'heavy',
    'overwhelmed',
    'worried',
    'worries',
    'bothering you',
    'are you ok',
    'not okay',
    'aren’t okay',
    'not right',
    'affected by',
    'bullied',
    'someone to talk to',
    'reach out to you privately',
  ],
  STEMMED,
)

// Help given to the person, which no other purpose explains away (« une intervenante vous répondra »).
const ADDRESSED_HELP = compilePhrases(
  [
    'vous aider',
    "t'aider",
    'nous vous aiderons',
    'vous accompagn*',
    "t'accompagn*",
    'vous écouter',
    "t'écouter",
    'on vous écoute',
    "on t'écoute",
    'oreille attentive',
    'intervenant*',
    'confie-toi',
    'confiez-vous',
    'vous vivez',
    'tu vis',
    'là pour toi',
    'là pour vous',
    'help you',
    'support you',
    'listen',
    'here for you',
    'here for u',
    'counsel*',
    'confide',
    'caseworker',
    'support worker',
    'youth worker',
    'someone to talk to',
    'need to talk',
  ],
  STEMMED,
)

// Help asked of the reader, not offered: « Aidez-nous », « Soutenez-nous », « Help us ».
const HELP_US = compilePhrases(
  ['aidez-nous', 'aide-nous', 'soutenez-nous', 'help us', 'support us', 'nous aider', 'nous soutenir', 'votre soutien', 'your support'],
  AS_WRITTEN,
)

// Help words that are not counselling when the passage is about something else.
const PLAIN_HELP = compilePhrases(['aide', 'aider', 'help', 'questions', 'besoin'], STEMMED)

// What a private message may rightly be for.
const OTHER_PURPOSE = compilePhrases(
  [
    'billet*',
    'réserv*',
    'inscri*',
    'formulaire',
    'bénévol*',
    'don',
    'dons',
    'donner',
    'tirage',
    'concours',
    'participer',
    'commander',
    'commandite*',
    'horaire',
    "heures d'ouverture",
    'infolettre',
    'lien zoom',
    'documentation',
    'famille d’accueil',
    'ticket*',
    'book',
    'booking',
    'register',
    'registration',
    'sign up',
    'form',
    'volunteer*',
    'donate',
    'donation*',
    'contest',
    'giveaway',
    'raffle',
    'order',
    'sponsor*',
    'schedule',
    'zoom link',
    'application',
    'information package',
  ],
  STEMMED,
)

// The post says that no help is given this way, or not to write.
const REFUSAL = compilePhrases(
  [
    "n'offr* pas",
    "n'offr* aucun*",
    'ne pouvons pas',
    'ne peut pas',
    'ne faisons pas',
    'ne fait pas',
    'ne donne pas',
    'ne répondons pas',
    "n'écri* pas",
    'ne nous écri* pas',
    'ne nous contact* pas',
    "n'est pas un service",
    "pas d'accompagnement",
    'pas de soutien',
    "pas d'intervention",
    "pas d'aide",
    'aucun accompagnement',
    'aucune intervention',
    'aucun soutien',
    'sert uniquement',
    'ne partag* pas',
    'ne partagez pas',
    'ne sont pas surveillés',
    'do not offer',
    "don't offer",
    'do not provide',
    "don't provide",
    'cannot offer',
    "can't offer",
    'cannot provide',
    "can't provide",
    "can't help",
    'cannot help',
    'never provide',
    "don't do",
    'do not do',
    "isn't a",
    'is not a',
    'no counsel*',
    'do not dm',
    "don't dm",
    'do not message',
    "don't message",
    "don't wait",
    'general questions',
    "don't share",
    'do not share',
    'only for',
    'is for general',
    'call us instead',
    'please call',
  ],
  AS_WRITTEN,
)

/** The passages (as written) that offer help through the network; empty when the text is fine. */
export function findCounsellingOffers(text: string): string[] {
  const sentences = splitSentences(text)
  const offers: string[] = []
  for (let index = 0; index < sentences.length; index++) {
    const sentence = tokenise(sentences[index])
    if (isOffer(sentence)) {
      offers.push(questionBefore(sentences, index))
      continue
    }
    // The invitation is here and the help next to it (« Tough day? DM us. We're here. »): the shortest passage that says both.
    if (!containsAny(sentence, PRIVATE_CHANNEL_ALL)) continue
    const passage = PASSAGES.map(([before, after]) => sentences.slice(Math.max(0, index - before), index + 1 + after).join(' ')).find(
      (candidate) => isOffer(tokenise(candidate)),
    )
    if (passage) offers.push(passage.trim())
  }
  return [...new Set(offers)]
}

/** Sentences taken before and after the invitation, shortest first. */
const PASSAGES: [number, number][] = [
  [1, 0],
  [0, 1],
  [1, 1],
]

const PRIVATE_CHANNEL_ALL: CompiledPhrase[] = [...PRIVATE_CHANNEL, ...IN_PRIVATE]

/** A question just before an offer belongs to it in the quote (« Vous vivez une situation difficile ? Écrivez-nous en privé. »). */
function questionBefore(sentences: readonly string[], index: number): string {
  const previous = sentences[index - 1]
  return (previous?.trimEnd().endsWith('?') ? `${previous} ${sentences[index]}` : sentences[index]).trim()
}

function isOffer(text: TokenisedText): boolean {
  const privateContact = containsAny(text, PRIVATE_CHANNEL) || (containsAny(text, IN_PRIVATE) && containsAny(text, CONTACT_VERB))
  if (!privateContact || containsAny(text, REFUSAL)) return false
  if (containsAny(text, OTHER_PURPOSE)) return containsAny(text, ADDRESSED_HELP)
  return found(text, HELP) || found(text, PLAIN_HELP)
}

/** Whether one of the help phrases is in the text, other than in « Aidez-nous », « Help us ». */
function found(text: TokenisedText, phrases: readonly CompiledPhrase[]): boolean {
  const askedOfTheReader = findPhrases(text, HELP_US)
  return findPhrases(text, phrases).some((match) => !askedOfTheReader.some((asked) => overlaps(match, asked)))
}

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}
