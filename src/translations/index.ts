import { en } from './en'
import { fr, type BalisesTranslations } from './fr'

export const balisesTranslations = { en, fr } as const
export type BalisesLanguage = keyof typeof balisesTranslations

type Leaf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaf<T[K], `${Prefix}${K}:`>
}[keyof T & string]

/**
 * A key of the translation files, e.g. `users:roles`. Payload's own `t()` reads the same key
 * with the namespace in front: `t('balises:users:roles')`.
 */
export type TranslationKey = Leaf<BalisesTranslations>

function lookup(dictionary: BalisesTranslations, key: TranslationKey): string {
  let node: unknown = dictionary
  for (const part of key.split(':')) node = (node as Record<string, unknown>)[part]
  if (typeof node !== 'string') throw new Error(`[balises] missing translation: ${key}`)
  return node
}

/** A static Payload label in both languages, read from the translation files. */
export function tr(key: TranslationKey): { en: string; fr: string } {
  return { en: lookup(en, key), fr: lookup(fr, key) }
}

/** One string in one language, with `{{name}}` placeholders filled in. */
export function translate(
  language: string | undefined,
  key: TranslationKey,
  variables: Record<string, string | number> = {},
): string {
  const dictionary = language === 'en' ? en : fr
  return lookup(dictionary, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(variables[name] ?? `{{${name}}}`),
  )
}
