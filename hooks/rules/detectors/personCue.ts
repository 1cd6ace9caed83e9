import { fold } from './normalise'
import { compilePhrases, containsAny } from './phrases'
import type { Token, TokenisedText } from './tokens'

/**
 * Whether a sentence speaks of someone in particular: what makes « naissance », « bébé » or
 * « décès » personal (« la naissance de sa fille », « le décès de notre collègue », « Julie a eu un
 * bébé ») rather than a topic (« de la naissance à 5 ans », « le taux de décès »). Cues, French and
 * English, in the sentence or the one before it:
 * - someone of the team: a role after « notre », « nos », « our », « mon », « my »
 *   (« notre ancienne directrice », « our volunteer coordinator »), or « de l'équipe », « on our team »;
 * - someone's family (« sa fille », « son conjoint », « her son », « his wife »);
 * - a person named: a capitalised word that is not a holiday, a month, a place or a title word;
 *   the first word of a sentence counts when a verb follows (« Greg is off sick », « Karine est »);
 * - a mention (« @julie »), congratulations (« Félicitations », « Congrats »), talking to someone
 *   (« ta », « ton », « tes »).
 */

const ROLES = [
  'collègue*',
  'coordonnat*',
  'coordo',
  'directr*',
  'directeur*',
  'intervenant*',
  'animat*',
  'bénévole*',
  'employé*',
  'président*',
  'adjoint*',
  'travailleu*',
  'éducat*',
  'stagiaire*',
  'fondat*',
  'agent*',
  'trésori*',
  'secrétaire*',
  'membre*',
  'responsable*',
  'gestionnaire*',
  'conseill*',
  'amie',
  'ami',
  'colleague*',
  'coordinator*',
  'director*',
  'worker*',
  'volunteer*',
  'staff',
  'president',
  'founder*',
  'facilitator*',
  'educator*',
  'intern*',
  'treasurer',
  'secretary',
  'manager*',
  'officer*',
  'assistant*',
  'chair*',
  'friend*',
  'member*',
]

const POSSESSIVES = new Set(['notre', 'nos', 'mon', 'ma', 'our', 'my'])

const THIRD_PERSON_POSSESSIVES = new Set(['sa', 'son', 'ses', 'leur', 'leurs', 'her', 'his', 'their'])

/** One regex for a list of words where `*` stands for any ending, on folded tokens. */
function wordsRegex(words: readonly string[]): RegExp {
  const alternatives = words.map((word) =>
    fold(word)
      .replace(/[.?+^$()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[\\p{L}\\p{N}]*'),
  )
  return new RegExp(`^(?:${alternatives.join('|')})$`, 'u')
}

const ROLE = wordsRegex(ROLES)

const TEAM = compilePhrases(
  [
    "de l'équipe",
    'de notre équipe',
    'on our team',
    'of our team',
    'team member*',
    'board member*',
    'staff member*',
    'membre du ca',
    'membre du conseil',
    'membre du collectif',
  ],
  { maxGap: 1, stemmed: false },
)

const RELATIVES = [
  'fille',
  'fils',
  'bébé',
  'mère',
  'père',
  'conjoint*',
  'épou*',
  'mari',
  'femme',
  'chum',
  'blonde',
  'sœur',
  'soeur',
  'frère',
  'grand-mère',
  'grand-père',
  'famille',
  'proches',
  'daughter',
  'son',
  'baby',
  'mother',
  'father',
  'husband',
  'wife',
  'partner',
  'family',
  'sister',
  'brother',
  'mom',
  'dad',
]

const RELATIVE = wordsRegex(RELATIVES)

const ADDRESSING = new Set(['ta', 'ton', 'tes', 'toi', 'felicitations', 'congrats', 'congratulations', 'she', 'elle'])

// First words of a sentence that are not names even when a verb follows (« Il a », « We are »).
const FUNCTION_WORDS = new Set(
  'il ils elle elles on nous vous ce c cela ca le la les l un une des du de au aux qui si quand it this that there we they you he the a an if when who what our notre nos votre vos your their leur mon ma mes'.split(
    ' ',
  ),
)

const VERBS_AFTER_A_NAME = new Set(['est', 'vient', 'sera', 'se', 'nous', 's', 'is', 'has', 'was', 'will', 'had'])

// Capitalised words that are not people: holidays, months, days, places, titles, the organisation's words.
const NOT_A_NAME = new Set([
  'journee',
  'semaine',
  'mois',
  'fete',
  'fetes',
  'noel',
  'paques',
  'halloween',
  'saint',
  'jean',
  'action',
  'grace',
  'rois',
  'canada',
  'quebec',
  'montreal',
  'ontario',
  'estrie',
  'laval',
  'gatineau',
  'sherbrooke',
  'info',
  'social',
  'facebook',
  'instagram',
  'messenger',
  'linkedin',
  'zoom',
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'day',
  'week',
  'month',
  'national',
  'nationale',
  'international',
  'internationale',
  'mondiale',
  'world',
  'christmas',
  'easter',
  'thanksgiving',
  'merci',
  'thank',
  'thanks',
  'bravo',
  'i',
  'mme',
  'm',
  'mr',
  'mrs',
  'ms',
  'dr',
])

/** Whether the words at token `first` (a phrase found there) are about someone: see above, or « her », « sa »… just before. */
export function speaksOfSomeone(text: TokenisedText, first: number): boolean {
  const before = text.tokens[first - 1]
  if (before && THIRD_PERSON_POSSESSIVES.has(before.word)) return true
  const sentence = text.tokens[first].sentence
  return [sentence, sentence - 1].some((index) => sentenceHasCue(text, index))
}

function sentenceHasCue(text: TokenisedText, sentence: number): boolean {
  const tokens = text.tokens.filter((token) => token.sentence === sentence)
  if (tokens.length === 0) return false
  if (tokens.some((token) => ADDRESSING.has(token.word))) return true
  if (followedWithin(tokens, POSSESSIVES, ROLE, 2) || followedWithin(tokens, THIRD_PERSON_POSSESSIVES, RELATIVE, 1)) return true
  if (containsAny({ ...text, tokens }, TEAM)) return true
  return tokens.some((token, index) => isNamed(text, token, index === 0 ? tokens[1] : undefined, index === 0))
}

/** A word of `first` followed, within `gap` words of its clause, by a word that `then` matches (« notre ancienne directrice »). */
function followedWithin(tokens: readonly Token[], first: ReadonlySet<string>, then: RegExp, gap: number): boolean {
  return tokens.some(
    (token, index) =>
      first.has(token.word) &&
      tokens.slice(index + 1, index + 2 + gap).some((next) => next.clause === token.clause && then.test(next.word)),
  )
}

function isNamed(text: TokenisedText, token: Token, next: Token | undefined, firstOfSentence: boolean): boolean {
  if (token.word.length < 2 || NOT_A_NAME.has(token.word)) return false
  const originalStart = text.map.starts[token.start]
  if (text.text[originalStart - 1] === '@') return true
  const original = text.text.slice(originalStart, text.map.starts[token.end])
  // A capital then lower case (« Julie », « Marc-André »), not a word in capitals (« BONNE FÊTE »).
  if (!/^\p{Lu}\p{Ll}/u.test(original)) return false
  if (!firstOfSentence) return true
  return !FUNCTION_WORDS.has(token.word) && next !== undefined && VERBS_AFTER_A_NAME.has(next.word)
}
