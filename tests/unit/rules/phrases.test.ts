import { describe, expect, it } from 'vitest'

import { fold, foldWithMap, originalSlice } from '../../../hooks/rules/detectors/normalise'
import { compilePhrase, compilePhrases, findPhrases } from '../../../hooks/rules/detectors/phrases'

const find = (phrase: string, text: string) => {
  const folded = fold(text)
  return findPhrases(folded, compilePhrases([phrase])).map(({ start, end }) => folded.slice(start, end))
}

describe('text folding', () => {
  it('folds accents, case, apostrophes, dashes and unusual spaces', () => {
    expect(fold('Ça C’EST l’Été — À\u00a0BIENTÔT')).toBe("ca c'est l'ete - a bientot")
    expect(fold('de\u0301ce\u0300s')).toBe('deces')
  })

  it('maps folded text back to the original', () => {
    const text = 'Le DÉCÈS de\u0301ce\u0300s'
    const map = foldWithMap(text)
    expect(map.folded).toBe('le deces deces')
    expect(originalSlice(text, map, 3, 8)).toBe('DÉCÈS')
    expect(originalSlice(text, map, 9, 14)).toBe('de\u0301ce\u0300s')
  })
})

describe('phrase syntax', () => {
  it('matches whole words only, accents and case folded', () => {
    expect(find('bébé', 'Un BEBE, des bébés, un antibébé')).toEqual(['bebe'])
  })

  it('lets * stand for any ending', () => {
    expect(find('décédé*', 'décédé, décédée, décédés, décéda')).toEqual(['decede', 'decedee', 'decedes'])
    expect(find('condoléance*', 'Sincères condoléances')).toEqual(['condoleances'])
  })

  it('matches a space or a hyphen with any run of spaces and hyphens', () => {
    expect(find('arrêt maladie', 'arrêt-maladie, arrêt  maladie, arrêtmaladie')).toEqual(['arret-maladie', 'arret  maladie'])
  })

  it("treats ’ and ' as the same apostrophe", () => {
    expect(find("vient d'accoucher", 'Elle vient d’accoucher')).toEqual(["vient d'accoucher"])
  })

  it('takes other characters literally', () => {
    expect(find('c.a.', 'le c.a. se réunit')).toEqual(['c.a.'])
    expect(find('c.a.', 'le cxax se réunit')).toEqual([])
  })

  it('ignores a phrase without any letter or digit', () => {
    expect(compilePhrase('*')).toBeNull()
    expect(compilePhrase('  ')).toBeNull()
    expect(compilePhrases(['*', 'bébé'])).toHaveLength(1)
  })
})
