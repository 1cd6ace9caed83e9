import { fold } from './normalise'
import { compilePhrases, findPhrases, mergeOverlapping, overlaps, type CompiledPhrase, type PhraseMatch } from './phrases'
import { speaksOfSomeone } from './personCue'
import { quoteTokens, tokenise, type TokenisedText } from './tokens'

/**
 * FORBID-1 detector: personal information about people of the organisation (« souhaits de fête,
 * décès, congé maladie ou naissance »). The lists are the policy's, in the syntax of `phrases.ts`:
 * - a forbidden phrase matches the other forms of its words (stems) with up to
 *   FORBIDDEN_MAX_GAP words between them (« Joyeux 40e anniversaire », « est décédée »);
 * - an allowed phrase matches its words as written (with `*` for endings) and at most one word
 *   between: the forms that the stems make alike are exactly what it tells apart (« Bonnes
 *   fêtes ! » is the holidays, « Bonne fête ! » a birthday).
 * - a forbidden phrase followed by « (personne) » or « (person) » counts only in a sentence that
 *   speaks of someone (personCue.ts): « naissance (personne) » flags « la naissance de sa fille »,
 *   not « de la naissance à 5 ans ».
 * A forbidden match that overlaps an allowed one is ignored, so « fête nationale » clears
 * « Bonne fête nationale ! », while « Bonne fête Julie, et bonne fête nationale » still flags the first.
 */
export type PersonalInformationDetector = (text: string) => string[]

export type PersonalInformationFinding = {
  quote: string
  match: PhraseMatch
  /** The forbidden phrases that found it. */
  patterns: string[]
}

export type PersonalInformationAnalysis = {
  findings: PersonalInformationFinding[]
  /** Forbidden phrases found but cleared by an allowed phrase that overlaps them. */
  excused: { quote: string; patterns: string[]; allowedBy: string[] }[]
}

export const FORBIDDEN_MAX_GAP = 3
export const ALLOWED_MAX_GAP = 1

type CompiledLists = {
  forbidden: CompiledPhrase[]
  allowed: CompiledPhrase[]
  /** The forbidden phrases (as written) marked « (personne) ». */
  needsPerson: Set<string>
}

const PERSON_MARKER = /\s*\((personne|person)\)\s*$/iu

/** « naissance (personne) » → the phrase « naissance », which needs someone in its sentence. */
export function readForbiddenPhrase(line: string): { words: string; needsPerson: boolean } {
  const needsPerson = PERSON_MARKER.test(line)
  return { words: needsPerson ? line.replace(PERSON_MARKER, '') : line, needsPerson }
}

function compileForbidden(lines: readonly string[]): CompiledPhrase[] {
  return lines.flatMap((line) => {
    const [compiled] = compilePhrases([readForbiddenPhrase(line).words], { maxGap: FORBIDDEN_MAX_GAP })
    return compiled ? [{ ...compiled, phrase: line }] : []
  })
}

// Compiling a hundred phrases costs more than checking a post: keep the last few lists compiled.
const compiledLists = new Map<string, CompiledLists>()

// The same policy's arrays come back for every field and post of a request: found without a key.
const byIdentity = new WeakMap<readonly string[], { allowed: readonly string[]; lists: CompiledLists }>()

function compileLists(forbiddenPatterns: readonly string[], allowedPhrases: readonly string[]): CompiledLists {
  const same = byIdentity.get(forbiddenPatterns)
  if (same?.allowed === allowedPhrases) return same.lists
  const lists = compileListsByContent(forbiddenPatterns, allowedPhrases)
  byIdentity.set(forbiddenPatterns, { allowed: allowedPhrases, lists })
  return lists
}

function compileListsByContent(forbiddenPatterns: readonly string[], allowedPhrases: readonly string[]): CompiledLists {
  const key = JSON.stringify([forbiddenPatterns, allowedPhrases])
  const cached = compiledLists.get(key)
  if (cached) return cached
  const lists = {
    forbidden: compileForbidden(forbiddenPatterns),
    needsPerson: new Set(forbiddenPatterns.filter((line) => readForbiddenPhrase(line).needsPerson)),
    allowed: compilePhrases(allowedPhrases, { maxGap: ALLOWED_MAX_GAP, stemmed: false }),
  }
  if (compiledLists.size >= 8) compiledLists.delete(compiledLists.keys().next().value as string)
  compiledLists.set(key, lists)
  return lists
}

/** What the detector finds and why: used by the rule (quotes) and the policy's phrase tester (reasons). */
export function analysePersonalInformation(
  text: string,
  forbiddenPatterns: readonly string[],
  allowedPhrases: readonly string[],
): PersonalInformationAnalysis {
  const { forbidden, allowed, needsPerson } = compileLists(forbiddenPatterns, allowedPhrases)
  if (!text || forbidden.length === 0) return { findings: [], excused: [] }
  const tokenised = tokenise(text)
  const exceptions = findPhrases(tokenised, allowed)
  const excusersOf = (match: PhraseMatch) => [
    ...new Set(exceptions.filter((exception) => overlaps(match, exception)).map((exception) => exception.phrase)),
  ]
  const found = findPhrases(tokenised, forbidden)
    .filter((match) => !needsPerson.has(match.phrase) || speaksOfSomeone(tokenised, match.first))
    .map((match) => ({ match, phrase: match.phrase }))
  const kept = found.filter(({ match }) => excusersOf(match).length === 0)
  const findings: PersonalInformationFinding[] = []
  const seen = new Set<string>()
  for (const match of mergeOverlapping(kept.map(({ match }) => match))) {
    const quote = quoteOf(tokenised, match)
    const key = fold(quote)
    if (seen.has(key)) continue
    seen.add(key)
    const patterns = [...new Set(kept.filter((item) => overlaps(item.match, match)).map((item) => item.phrase))]
    findings.push({ quote, match, patterns })
  }

  const excused: PersonalInformationAnalysis['excused'] = []
  for (const { match, phrase } of found) {
    const allowedBy = excusersOf(match)
    if (allowedBy.length === 0) continue
    const quote = quoteOf(tokenised, match)
    const same = excused.find((item) => fold(item.quote) === fold(quote))
    if (same) {
      if (!same.patterns.includes(phrase)) same.patterns.push(phrase)
      continue
    }
    excused.push({ quote, patterns: [phrase], allowedBy })
  }
  return { findings, excused }
}

export function personalInformationDetector(
  forbiddenPatterns: readonly string[],
  allowedPhrases: readonly string[],
): PersonalInformationDetector {
  return (text) => analysePersonalInformation(text, forbiddenPatterns, allowedPhrases).findings.map((finding) => finding.quote)
}

function quoteOf(tokenised: TokenisedText, match: PhraseMatch): string {
  return quoteTokens(tokenised, match.first, match.last)
}
