import { describe, expect, it } from 'vitest'

import { balises } from '../../src/index'
import { en } from '../../src/translations/en'
import { fr } from '../../src/translations/fr'
import { recordLanguageTranslations, tr, translate } from '../../src/translations'

function keysOf(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}:`),
  )
}

const LABEL_KEYS = ['label', 'singular', 'plural', 'description', 'group']

/** Every label-like value the plugin puts in the config. */
function labelsIn(node: unknown, path = '', found: { path: string; value: unknown; owner: unknown }[] = []) {
  if (Array.isArray(node)) node.forEach((item, index) => labelsIn(item, `${path}[${index}]`, found))
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const labelLike =
        typeof value === 'string' ||
        typeof value === 'function' ||
        (value && typeof value === 'object' && !Array.isArray(value) && 'fr' in value)
      if (LABEL_KEYS.includes(key) && labelLike) found.push({ path: `${path}.${key}`, value, owner: node })
      else if (typeof value !== 'function') labelsIn(value, `${path}.${key}`, found)
    }
  }
  return found
}

/** What a label says in one language, read the way Payload reads it (its `t` for a label function). */
function resolve(value: unknown, language: 'fr' | 'en', asked: string[]): unknown {
  if (typeof value !== 'function') return value && typeof value === 'object' ? (value as Record<string, unknown>)[language] : value
  const t = (key: string) => {
    asked.push(key)
    expect(key.startsWith('balises:')).toBe(true)
    return translate(language, key.slice('balises:'.length) as never)
  }
  return value({ t, i18n: { language, t } })
}

describe('translations', () => {
  it('French and English files have exactly the same keys, none empty', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort())
    for (const key of keysOf(fr)) expect(translate('fr', key as never).trim()).not.toBe('')
    for (const key of keysOf(en)) expect(translate('en', key as never).trim()).not.toBe('')
  })

  it('tr() gives both languages and translate() fills placeholders, French by default', () => {
    expect(tr('posts:category')).toEqual({ fr: 'Catégorie', en: 'Category' })
    expect(translate(undefined, 'policy:invalid', { reason: 'x' })).toBe('Paramètre de politique invalide : x')
    expect(translate('en', 'policy:invalid', { reason: 'x' })).toBe('Invalid policy setting: x')
  })

  it("every label the plugin adds is a t('balises:…') key present in French and in English", () => {
    const config = balises()({ secret: 'unit', db: {} as never, collections: [] })
    const labels = labelsIn({ collections: config.collections, globals: config.globals })
    expect(labels.length).toBeGreaterThan(40)
    // Static pairs, read from the merged translations, where a function cannot work: navigation groups
    // (Payload takes none there) and rich-text fields (Lexical keeps the label as first resolved).
    const isRichText = (owner: unknown) => (owner as { type?: string } | null)?.type === 'richText'
    const notFunctions = labels.filter(
      ({ path, value, owner }) => typeof value !== 'function' && !path.endsWith('.group') && !isRichText(owner),
    )
    expect(notFunctions).toEqual([])
    const asked: string[] = []
    const untranslated = labels.filter(({ value }) =>
      (['fr', 'en'] as const).some((language) => {
        const text = resolve(value, language, asked)
        return typeof text !== 'string' || text.trim() === '' || text.startsWith('balises:')
      }),
    )
    expect(untranslated).toEqual([])
    expect(asked.length).toBeGreaterThan(40)
  })

  it("tr() and translate() read a host's rewording once the plugin has merged it, and not after a build without it", () => {
    balises()({
      secret: 'unit',
      db: {} as never,
      collections: [],
      i18n: { translations: { fr: { balises: { posts: { category: 'Rubrique' } } } } as never },
    })
    expect(tr('posts:category')).toEqual({ fr: 'Rubrique', en: 'Category' })
    expect(translate('fr', 'posts:category')).toBe('Rubrique')
    balises()({ secret: 'unit', db: {} as never, collections: [] })
    expect(tr('posts:category')).toEqual({ fr: 'Catégorie', en: 'Category' })
  })

  it("in the browser, the admin's merged namespace of the shown language is what translate() reads", () => {
    recordLanguageTranslations('fr', { ...fr, posts: { ...fr.posts, category: 'Rubrique' } })
    expect(translate('fr', 'posts:category')).toBe('Rubrique')
    expect(translate('en', 'posts:category')).toBe('Category')
    recordLanguageTranslations('de', { posts: { category: 'Kategorie' } })
    expect(translate('de', 'posts:category')).toBe('Rubrique')
    balises()({ secret: 'unit', db: {} as never, collections: [] })
    expect(translate('fr', 'posts:category')).toBe('Catégorie')
  })
})
