/**
 * npm run bench:detectors — precision and recall of the FORBID-1 and FORBID-2 detectors on their
 * labelled corpora (tests/fixtures/detectors), per language, with the default policy lists.
 *
 * Target (issue 13): ≥ 0.95 for both, per detector and per language. Baselines in the same run:
 * for FORBID-1 the former default lists read as the former detector did (each phrase as written,
 * words adjacent: src/policy/formerDefaults.ts); for FORBID-2 a sentence with a private-channel
 * word. The time per sentence of each detector is printed as a ratio to its baseline.
 * `BENCH_VERBOSE=1` lists every sentence a detector gets wrong; `BENCH_ONLY=FORBID-2` runs one.
 * A held-out corpus (`*.holdout.json`, written apart from the tuning) is scored too when present.
 */
import { performance } from 'node:perf_hooks'

import { findCounsellingOffers } from '../hooks/rules/detectors/counsellingOffer'
import { compilePhrases, containsAny, findPhrases, overlaps } from '../hooks/rules/detectors/phrases'
import { personalInformationDetector } from '../hooks/rules/detectors/personalInformation'
import { tokenise } from '../hooks/rules/detectors/tokens'
import { DEFAULT_ALLOWED_PHRASES, DEFAULT_FORBIDDEN_PATTERNS } from '../src/policy/defaults'
import { FORMER_DEFAULT_ALLOWED_PHRASES, FORMER_DEFAULT_FORBIDDEN_PATTERNS } from '../src/policy/formerDefaults'
import { byLanguage, loadCorpus, score, type DetectorRule, type Score } from '../tests/fixtures/detectors/evaluate'

const TARGET = 0.95
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 20
const VERBOSE = process.env.BENCH_VERBOSE === '1'

const forbid1 = personalInformationDetector(DEFAULT_FORBIDDEN_PATTERNS, DEFAULT_ALLOWED_PHRASES)

// The former detector: the former lists, phrases as written, adjacent words, nothing else.
const literal = { maxGap: 0, stemmed: false }
const literalForbidden = compilePhrases(FORMER_DEFAULT_FORBIDDEN_PATTERNS, literal)
const literalAllowed = compilePhrases(FORMER_DEFAULT_ALLOWED_PHRASES, literal)
function literalForbid1(text: string): boolean {
  const tokenised = tokenise(text)
  const exceptions = findPhrases(tokenised, literalAllowed)
  return findPhrases(tokenised, literalForbidden).some((match) => !exceptions.some((exception) => overlaps(match, exception)))
}

const DETECTORS: Record<DetectorRule, { detector: (text: string) => boolean; baseline: (text: string) => boolean }> = {
  'FORBID-1': { detector: (text) => forbid1(text).length > 0, baseline: literalForbid1 },
  'FORBID-2': {
    detector: (text) => findCounsellingOffers(text).length > 0,
    baseline: (text) => containsAny(tokenise(text), literalOffer),
  },
}
const literalOffer = compilePhrases(['message privé', 'en privé', 'mp', 'messenger', 'dm', 'private message', 'inbox'], literal)

const format = (value: number) => value.toFixed(3)
const verdict = (value: number) => (value >= TARGET ? 'MET' : 'NOT MET')

function timePerSentence(texts: string[], flags: (text: string) => boolean): number {
  for (const text of texts) flags(text)
  const started = performance.now()
  for (let round = 0; round < ROUNDS; round++) for (const text of texts) flags(text)
  return ((performance.now() - started) * 1000) / (ROUNDS * texts.length)
}

function line(label: string, result: Score, baseline: Score) {
  console.log(
    `  ${label.padEnd(8)} ${String(result.sentences).padStart(4)} sentences  precision ${format(result.precision)} (${verdict(result.precision)})  recall ${format(result.recall)} (${verdict(result.recall)})   baseline: precision ${format(baseline.precision)}, recall ${format(baseline.recall)}`,
  )
}

let failed = false
const only = process.env.BENCH_ONLY
for (const rule of (Object.keys(DETECTORS) as DetectorRule[]).filter((name) => !only || name === only)) {
  const { detector, baseline } = DETECTORS[rule]
  for (const heldOut of [false, true]) {
    const corpus = loadCorpus(rule, { heldOut })
    const title = heldOut ? 'held-out corpus (not used for tuning)' : 'corpus'
    console.log(
      `${rule} — ${title}: ${corpus.length} labelled sentences (${corpus.filter((sentence) => sentence.expected).length} to flag)`,
    )
    for (const language of ['fr', 'en'] as const) {
      const sentences = byLanguage(corpus, language)
      const result = score(sentences, detector)
      line(language, result, score(sentences, baseline))
      if (!heldOut && (result.precision < TARGET || result.recall < TARGET)) failed = true
      if (VERBOSE)
        for (const { sentence, flagged } of result.mistakes)
          console.log(`      ${flagged ? 'false positive' : 'missed'}: ${sentence.text}  [${sentence.tags.join(', ')}]`)
    }
    line('all', score(corpus, detector), score(corpus, baseline))
    if (heldOut) continue
    const texts = corpus.map((sentence) => sentence.text)
    const detectorTime = timePerSentence(texts, detector)
    const baselineTime = timePerSentence(texts, baseline)
    console.log(
      `  time per sentence: ${detectorTime.toFixed(1)} µs, baseline ${baselineTime.toFixed(1)} µs (ratio ${(detectorTime / baselineTime).toFixed(2)})`,
    )
  }
  console.log('')
}
console.log(
  failed ? `Target ${TARGET} NOT MET for at least one detector and language.` : `Target ${TARGET} met for every detector and language.`,
)
process.exitCode = failed ? 1 : 0
