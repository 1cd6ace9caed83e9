import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { RULES } from '../../../hooks/rules'
import { fold } from '../../../hooks/rules/detectors/normalise'
import { ruleSource } from '../../../src/policy/ruleSources'
import { translate } from '../../../src/translations'

// The guide as the team shares it, or the copy kept with the code (docs/guide) on a clone alone.
const SHARED_GUIDE = path.resolve(import.meta.dirname, '../../../../shared/guide/guide-medias-sociaux-roeq-2017.txt')
const GUIDE = existsSync(SHARED_GUIDE)
  ? SHARED_GUIDE
  : path.resolve(import.meta.dirname, '../../../docs/guide/guide-medias-sociaux-roeq-2017.txt')
const words = (text: string) => fold(text).match(/\p{L}{3,}/gu) ?? []

describe('« Pourquoi ? »: each rule of the compliance panel quotes the guide', () => {
  const guideWords = new Set(words(readFileSync(GUIDE, 'utf8')))

  it.each(RULES.map((rule) => rule.id))('%s has a source: a quote in French and English, and a section', (id) => {
    const source = ruleSource(id)
    expect(source).not.toBeNull()
    expect(translate('fr', source!.quote)).toMatch(/^« .+ »/)
    expect(translate('en', source!.quote)).toMatch(/^“.+”/)
    expect(translate('fr', source!.section)).not.toBe(source!.section)
  })

  it.each(RULES.map((rule) => rule.id))('%s quotes words that are in the guide (its OCR text)', (id) => {
    const quoted = /^« (.+?) »/.exec(translate('fr', ruleSource(id)!.quote))![1]
    const quotedWords = words(quoted)
    const found = quotedWords.filter((word) => guideWords.has(word))
    // The OCR text has a few misread letters (« féte », « Iorganisme »): nearly all words, not all.
    expect(found.length / quotedWords.length).toBeGreaterThanOrEqual(0.8)
  })
})
