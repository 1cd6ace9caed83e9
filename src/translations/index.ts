import type { TFunction } from '@payloadcms/translations'

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

/**
 * The `balises` namespace as the running config has it: Balises' defaults under the host's
 * overrides (`i18n.translations.fr.balises.…`), recorded by the plugin each time it builds a
 * config (src/index.ts). Code without a `req` (pure rules, config factories) reads it through
 * `translate()` and `tr()`.
 *
 * A module-level record, so the last config built in a process is the one read: one process runs
 * one Payload app, and Payload's own i18n is per process too (`initI18n` memoizes one translator
 * per language). Each build replaces the whole record, so a config built without overrides gets
 * Balises' own wording back (tests/unit/translations.test.ts, tests/int/translationOverride.test.ts).
 */
let merged: Partial<Record<BalisesLanguage, BalisesTranslations>> = {}

/** Records the merged `balises` namespace per language (called by the plugin at config build). */
export function recordMergedTranslations(translations: Partial<Record<string, unknown>>): void {
  const next: Partial<Record<BalisesLanguage, BalisesTranslations>> = {}
  for (const language of Object.keys(balisesTranslations) as BalisesLanguage[]) {
    const strings = translations[language]
    if (strings && typeof strings === 'object') next[language] = strings as BalisesTranslations
  }
  merged = next
}

/**
 * In the browser: the admin's i18n holds the merged `balises` namespace of the language shown
 * (Payload sends the config's translations); BalisesTranslations (the admin provider) records it
 * here so the client components' `translate()` follows a host's rewording too.
 */
export function recordLanguageTranslations(language: string, strings: unknown): void {
  if (!(language in balisesTranslations) || !strings || typeof strings !== 'object') return
  merged = { ...merged, [language]: strings as BalisesTranslations }
}

function dictionaryOf(language: BalisesLanguage): BalisesTranslations {
  return merged[language] ?? balisesTranslations[language]
}

function lookup(language: BalisesLanguage, key: TranslationKey): string {
  const read = (dictionary: BalisesTranslations): unknown => {
    let node: unknown = dictionary
    for (const part of key.split(':')) node = (node as Record<string, unknown> | undefined)?.[part]
    return node
  }
  const node = read(dictionaryOf(language))
  if (typeof node === 'string') return node
  // A host override that replaced a branch by something else: Balises' own string still answers.
  const fallback = read(balisesTranslations[language])
  if (typeof fallback !== 'string') throw new Error(`[balises] missing translation: ${key}`)
  return fallback
}

/**
 * A Payload label (field, option, collection, global, description) read by Payload's own i18n at
 * render time: `label('posts:title')` → `({ t }) => t('balises:posts:title')`, so a host's
 * rewording in its config's `i18n.translations` shows.
 */
export function label(key: TranslationKey): ((args: { t: TFunction }) => string) & { balisesKey: TranslationKey } {
  return Object.assign(({ t }: { t: TFunction }) => (t as unknown as (key: string) => string)(`balises:${key}`), { balisesKey: key })
}

/** The key of a `label(…)` function, for a client component that must translate the text itself. */
export function balisesKeyOf(value: unknown): TranslationKey | undefined {
  return typeof value === 'function' && 'balisesKey' in value ? (value as { balisesKey: TranslationKey }).balisesKey : undefined
}

/**
 * A static label in both languages, for the places where Payload accepts no label function
 * (navigation groups) and for server texts built once; read from the merged translations.
 */
export function tr(key: TranslationKey): { en: string; fr: string } {
  return { en: lookup('en', key), fr: lookup('fr', key) }
}

type Variable = string | number | { fr: string; en: string }

/**
 * One text in both languages (`{ fr, en }`, as rule messages and stored notices hold them), each
 * variable given as one value or one per language.
 */
export function inBothLanguages(key: TranslationKey, variables: Record<string, Variable> = {}): { fr: string; en: string } {
  const inLanguage = (language: BalisesLanguage) =>
    translate(
      language,
      key,
      Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, typeof value === 'object' ? value[language] : value])),
    )
  return { fr: inLanguage('fr'), en: inLanguage('en') }
}

/** One string in one language, with `{{name}}` placeholders filled in. */
export function translate(language: string | undefined, key: TranslationKey, variables: Record<string, string | number> = {}): string {
  return lookup(language === 'en' ? 'en' : 'fr', key).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(variables[name] ?? `{{${name}}}`),
  )
}
