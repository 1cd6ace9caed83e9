import { translate, type TranslationKey } from '../../translations'

/** A message in both languages: the parser runs in the browser and on the server, for either language. */
export type CsvMessage = { fr: string; en: string }

type Variable = string | number | CsvMessage

/** `csvImport:*` in French and English; a variable may itself be a message in both languages. */
export function bilingual(key: TranslationKey, variables: Record<string, Variable> = {}): CsvMessage {
  const inLanguage = (language: 'fr' | 'en') =>
    translate(
      language,
      key,
      Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, typeof value === 'object' ? value[language] : value])),
    )
  return { fr: inLanguage('fr'), en: inLanguage('en') }
}

/** Names as each language quotes them: « Abonnés », “Followers”. */
export function quotedList(names: CsvMessage[] | string[]): CsvMessage {
  const name = (item: CsvMessage | string, language: 'fr' | 'en') => (typeof item === 'string' ? item : item[language])
  return {
    fr: names.map((item) => `« ${name(item, 'fr')} »`).join(', '),
    en: names.map((item) => `“${name(item, 'en')}”`).join(', '),
  }
}

/** Lower case, no accents, one kind of apostrophe, single spaces: how headers and channel names are compared. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
}

/** Only letters and digits of the folded text: « Mentions J’aime » and "mentions-j'aime" compare equal. */
export function compact(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '')
}
