import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { translate, type TranslationKey } from '../src/translations'

type Row = Record<string, unknown> & { id?: unknown }

const isEmpty = (value: unknown) => value === null
const hasContent = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)

/**
 * « An autosave never overwrites what the person typed with null. » A person who clears a text
 * sends an empty string; `null` over stored content comes from a half-built form (an autosave of a
 * row being added, a partial body): refused with the field's path, and nothing is written — the
 * form keeps what was typed and saves it next time. Empty entries of the images list are dropped
 * (they carry nothing and Payload would refuse them as « invalid relationships: null »).
 */
export const refuseErasingNulls: CollectionBeforeValidateHook = ({ collection, data, originalDoc, operation, req }) => {
  if (!data) return data
  if (Array.isArray(data.media)) data.media = data.media.filter((entry: unknown) => entry !== null && entry !== undefined && entry !== '')
  if (operation !== 'update' || !originalDoc) return data

  const language = req.i18n?.language
  const label = (key: TranslationKey) => translate(language, key)
  const erased: { path: string; field: string }[] = []
  for (const [name, key] of [
    ['title', 'posts:title'],
    ['body', 'posts:body'],
  ] as const) {
    if (name in data && isEmpty(data[name]) && hasContent(originalDoc[name])) erased.push({ path: name, field: label(key) })
  }
  if (Array.isArray(data.channels) && Array.isArray(originalDoc.channels)) {
    const storedRows = new Map((originalDoc.channels as Row[]).map((row) => [String(row.id), row]))
    ;(data.channels as Row[]).forEach((row, index) => {
      const stored = row && row.id !== undefined ? storedRows.get(String(row.id)) : undefined
      if (!stored) return
      for (const [name, key] of [
        ['channel', 'posts:channel'],
        ['text', 'posts:text'],
      ] as const) {
        if (name in row && isEmpty(row[name]) && hasContent(stored[name]))
          erased.push({ path: `channels.${index}.${name}`, field: label(key) })
      }
    })
  }
  if (erased.length === 0) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: erased.map(({ path, field }) => ({ path, message: translate(language, 'forms:nullWouldErase', { field }) })),
      req,
    },
    req.t,
  )
}
