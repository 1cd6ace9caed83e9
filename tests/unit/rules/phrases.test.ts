import { describe, expect, it } from 'vitest'

import { fold, foldWithMap, originalSlice } from '../../../hooks/rules/detectors/normalise'
import { compilePhrase, compilePhrases, findPhrases, type CompileOptions } from '../../../hooks/rules/detectors/phrases'
import { sameWord, stemsOf } from '../../../hooks/rules/detectors/stems'
import { quoteTokens, tokenise } from '../../../hooks/rules/detectors/tokens'

const find = (phrase: string, text: string, options: CompileOptions = {}) => {
  const tokenised = tokenise(text)
  return findPhrases(tokenised, compilePhrases([phrase], options)).map(({ first, last }) => quoteTokens(tokenised, first, last))
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

describe('words and stems', () => {
  it('cuts words at spaces, apostrophes and hyphens, and counts clauses and sentences', () => {
    const { tokens } = tokenise("L'arrêt-maladie, enfin. Julie")
    expect(tokens.map((token) => token.word)).toEqual(['l', 'arret', 'maladie', 'enfin', 'julie'])
    expect(tokens.map((token) => token.clause)).toEqual([0, 0, 0, 1, 2])
    expect(tokens.map((token) => token.sentence)).toEqual([0, 0, 0, 0, 1])
  })

  it('marks hashtags', () => {
    expect(tokenise('Bravo #JoyeuxAnniversaire').tokens.map((token) => token.hashtag)).toEqual([false, true])
  })

  it('gives the feminine and plural forms the stem of the masculine singular, in French and English', () => {
    expect(sameWord('decedee', 'decede')).toBe(true)
    expect(sameWord('decedes', 'decede')).toBe(true)
    expect(sameWord('hospitalisees', 'hospitalise')).toBe(true)
    expect(sameWord('birthdays', 'birthday')).toBe(true)
    expect(sameWord('condolences', 'condolence')).toBe(true)
    expect(sameWord('anniversaire', 'anniversary')).toBe(false)
  })

  it('gives no stem to words of three letters or less (« déc. » is not « décès »)', () => {
    expect(stemsOf('dec')).toEqual([])
    expect(sameWord('dec', 'deces')).toBe(false)
    expect(sameWord('dec', 'dec')).toBe(true)
  })
})

describe('phrase syntax', () => {
  it('matches whole words, accents and case folded, and their other forms', () => {
    expect(find('bébé', 'Un BEBE, des bébés, un antibébé')).toEqual(['BEBE', 'bébés'])
    expect(find('décédé', 'décédé, décédée, décédés')).toEqual(['décédé', 'décédée', 'décédés'])
  })

  it('matches only the words as written when not stemmed', () => {
    expect(find('bonnes fêtes', 'Bonne fête Julie ! Bonnes fêtes à tous', { stemmed: false })).toEqual(['Bonnes fêtes'])
  })

  it('lets * stand for any ending and # for a number', () => {
    expect(find('condoléance*', 'Sincères condoléances')).toEqual(['condoléances'])
    expect(find('joyeux #e', 'Joyeux 40e, Manon ! Joyeux Noël')).toEqual(['Joyeux 40e'])
    expect(find('happy #th', 'Happy 30th! Happy birthday')).toEqual(['Happy 30th'])
  })

  it('ignores punctuation between words: spaces, hyphens and apostrophes are alike', () => {
    expect(find('arrêt maladie', 'arrêt-maladie, arrêt  maladie, arrêtmaladie')).toEqual(['arrêt-maladie', 'arrêt  maladie'])
    expect(find("vient d'accoucher", 'Elle vient d’accoucher')).toEqual(['vient d’accoucher'])
  })

  it('lets up to maxGap words come between, within one clause', () => {
    expect(find('joyeux anniversaire', 'Joyeux 40e anniversaire Manon', { maxGap: 3 })).toEqual(['Joyeux 40e anniversaire'])
    expect(find('joyeux anniversaire', 'Joyeux 40e anniversaire Manon')).toEqual([])
    expect(find('bonne fête', 'Bonne soirée, venez fêter avec nous', { maxGap: 3 })).toEqual([])
    expect(find('bonne fête', 'Bonne et très heureuse fête, Luc', { maxGap: 3 })).toEqual(['Bonne et très heureuse fête'])
    expect(find('bonne fête', 'Bonne et très très heureuse fête', { maxGap: 3 })).toEqual([])
  })

  it('finds a phrase of several words in a hashtag', () => {
    expect(find('joyeux anniversaire', 'Bravo Julie #JoyeuxAnniversaireJulie')).toEqual(['JoyeuxAnniversaireJulie'])
    expect(find('joyeux anniversaire', 'joyeuxanniversaire sans dièse')).toEqual([])
  })

  it('ignores a phrase without any letter or digit', () => {
    expect(compilePhrase('*')).toBeNull()
    expect(compilePhrase('  ')).toBeNull()
    expect(compilePhrases(['*', 'bébé'])).toHaveLength(1)
  })
})
