import { describe, expect, it } from 'vitest'

import { balises } from '../../src/index'
import { en } from '../../src/translations/en'
import { fr } from '../../src/translations/fr'
import { tr, translate } from '../../src/translations'

function keysOf(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}:`),
  )
}

/** Every label-like value the plugin puts in the config. */
function labelsIn(node: unknown, path = '', found: { path: string; value: unknown }[] = []) {
  if (Array.isArray(node)) node.forEach((item, index) => labelsIn(item, `${path}[${index}]`, found))
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (['label', 'singular', 'plural', 'description'].includes(key) && typeof value !== 'function' && typeof value !== 'object') {
        found.push({ path: `${path}.${key}`, value })
      } else if (['label', 'singular', 'plural', 'description'].includes(key) && value && typeof value === 'object' && !Array.isArray(value)) {
        found.push({ path: `${path}.${key}`, value })
      } else labelsIn(value, `${path}.${key}`, found)
    }
  }
  return found
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

  it('every label the plugin adds exists in French and in English', () => {
    const config = balises()({ secret: 'unit', db: {} as never, collections: [] })
    const ours = { collections: config.collections, globals: config.globals }
    const labels = labelsIn(ours)
    expect(labels.length).toBeGreaterThan(40)
    const untranslated = labels.filter(
      ({ value }) => !(value && typeof value === 'object' && 'fr' in value && 'en' in value),
    )
    expect(untranslated).toEqual([])
  })
})
