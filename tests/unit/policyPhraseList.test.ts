import { describe, expect, it } from 'vitest'

import { testPhrase } from '../../src/policy/testPhrase'
import { DEFAULT_ALLOWED_PHRASES, DEFAULT_FORBIDDEN_PATTERNS, defaultPolicy } from '../../src/policy/defaults'
import { normalisePhraseList, parsePhraseList, phraseListText, phraseProblem } from '../../src/policy/phraseList'
import { validatePolicyData } from '../../src/policy/schema'

describe('FORBID-1 phrase lists: text area ↔ list', () => {
  it('one phrase a line, trimmed, blank lines ignored, the line of each phrase kept', () => {
    const parsed = parsePhraseList('  bonne fête \n\n\r\ndécès\n   \ncongé   de maladie\n')
    expect(parsed.phrases).toEqual(['bonne fête', 'décès', 'congé de maladie'])
    expect(parsed.lines).toEqual([1, 4, 6])
    expect(parsed.duplicates).toEqual([])
  })

  it('merges duplicates (accents and case folded), keeps the first and names the lines', () => {
    const parsed = parsePhraseList('Bonne fête\ndécès\nbonne fete\nDÉCÈS\nbonne fête')
    expect(parsed.phrases).toEqual(['Bonne fête', 'décès'])
    expect(parsed.duplicates).toEqual([
      { phrase: 'Bonne fête', lines: [1, 3, 5] },
      { phrase: 'décès', lines: [2, 4] },
    ])
  })

  it('round-trips the default lists through the text area unchanged', () => {
    expect(parsePhraseList(phraseListText(DEFAULT_FORBIDDEN_PATTERNS)).phrases).toEqual(DEFAULT_FORBIDDEN_PATTERNS)
    expect(parsePhraseList(phraseListText(DEFAULT_ALLOWED_PHRASES)).phrases).toEqual(DEFAULT_ALLOWED_PHRASES)
    expect(phraseListText(null)).toBe('')
  })

  it('reads the former rows ({ pattern } / { phrase }) as text', () => {
    expect(normalisePhraseList([{ pattern: 'décès', id: 'a' }, { phrase: 'fête nationale' }, ' ', 'décès'])).toEqual([
      'décès',
      'fête nationale',
    ])
    expect(normalisePhraseList(null)).toBeNull()
  })

  it('names what is wrong with a phrase', () => {
    expect(phraseProblem('a')).toBe('tooShort')
    expect(phraseProblem('!!!')).toBe('noLetter')
    expect(phraseProblem('x'.repeat(201))).toBe('tooLong')
    expect(phraseProblem(3)).toBe('notText')
    expect(phraseProblem('décès')).toBeNull()
  })
})

describe('policy schema: the phrase lists', () => {
  it('accepts the defaults as string[]', () => {
    expect(validatePolicyData(defaultPolicy('America/Toronto'))).toEqual([])
  })

  it('reports a bad phrase on the list path, with its line and FORBID-1', () => {
    const issues = validatePolicyData({ forbiddenPatterns: ['bonne fête', 'x', 'décès', '***'] })
    expect(issues.map((issue) => issue.path)).toEqual(['forbiddenPatterns', 'forbiddenPatterns'])
    expect(issues[0].reason).toBe('FORBID-1, line 2: a phrase needs at least 2 characters')
    expect(issues[0].translation).toEqual({ key: 'policySettings:phrase_tooShort', vars: { line: 2, rule: 'FORBID-1', phrase: 'x' } })
    expect(issues[1].translation?.key).toBe('policySettings:phrase_noLetter')
    expect(issues[1].translation?.vars.line).toBe(4)
  })

  it('checks the GOV-1 answers and the PRIV-4 retention', () => {
    expect(
      validatePolicyData({ discussionInvited: 'someSubjects', consentRetentionMonths: 24, whatWeCommunicate: 'Nos activités' }),
    ).toEqual([])
    const issues = validatePolicyData({ discussionInvited: 'maybe', consentRetentionMonths: 0 })
    expect(issues.map((issue) => issue.path).sort()).toEqual(['consentRetentionMonths', 'discussionInvited'])
  })
})

describe('« Tester une phrase »: the FORBID-1 detector with the lists as typed', () => {
  it('flags a birthday wish and names the forbidden phrase', () => {
    const result = testPhrase('Bonne fête à Julie!', DEFAULT_FORBIDDEN_PATTERNS, DEFAULT_ALLOWED_PHRASES)
    expect(result.flagged).toEqual([{ quote: 'Bonne fête', patterns: ['bonne fête'] }])
  })

  it('says which allowed phrase excuses a match', () => {
    const result = testPhrase('Bonne fête nationale à tous!', DEFAULT_FORBIDDEN_PATTERNS, DEFAULT_ALLOWED_PHRASES)
    expect(result.flagged).toEqual([])
    expect(result.excused).toEqual([{ quote: 'Bonne fête', phrases: ['fête à tous', 'fête nationale'] }])
  })

  it('follows the lists given, not the saved ones', () => {
    expect(testPhrase('La fête des bénévoles', DEFAULT_FORBIDDEN_PATTERNS, DEFAULT_ALLOWED_PHRASES).flagged).toEqual([])
    expect(testPhrase('La fête des bénévoles', ['fête'], []).flagged).toEqual([{ quote: 'fête', patterns: ['fête'] }])
    const excused = testPhrase('La fête des bénévoles', ['fête'], ['fête des bénévoles'])
    expect(excused.flagged).toEqual([])
    expect(excused.excused).toEqual([{ quote: 'fête', phrases: ['fête des bénévoles'] }])
  })
})
