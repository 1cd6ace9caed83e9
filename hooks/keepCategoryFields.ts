import type { CollectionBeforeChangeHook, FlattenedField, PayloadRequest } from 'payload'

import { categoryFieldsToClear } from '../src/categoryFields'
import { slugsOf } from '../src/slugs'
import { cachedReference } from './engine/referenceCache'
import { relationId } from './engine/snapshot'

type Doc = Record<string, unknown>

/**
 * A post keeps only the fields of its own category: a closing date left behind when a CAT-6 post
 * becomes CAT-4 (or a source, an organisation, a position) is cleared on save, as the fields'
 * descriptions say. The category's code is the server's truth, read from the categories.
 */
export const keepCategoryFields: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  if (!data) return data
  const previous: Doc = operation === 'update' ? (originalDoc ?? {}) : {}
  const categoryId = relationId('category' in data ? data.category : previous.category)
  let code: string | null = null
  if (categoryId !== null) {
    const { payload } = req
    const categories = await cachedReference(payload, 'categories', () =>
      payload.find({ overrideAccess: true, depth: 0, pagination: false, limit: 0, collection: slugsOf(payload).categories }),
    )
    const category = (categories.docs as unknown as Doc[]).find((candidate) => String(candidate.id) === String(categoryId))
    code = typeof category?.code === 'string' ? category.code : null
  }
  const cleared: string[] = []
  for (const field of categoryFieldsToClear(code, previous, data)) {
    // A malformed value sent for a field of another category is not dropped in silence: Payload's
    // validation, after this hook, refuses it (400) as it would in the right category.
    if (!(field in data) || (await passesOwnValidation(collection.flattenedFields, field, data, previous, operation, req)))
      cleared.push(field)
  }
  if (cleared.length === 0) return data
  return { ...data, ...Object.fromEntries(cleared.map((field) => [field, null])) }
}

/** Whether `data[name]` passes the field's own `validate` (Payload's, run here with the options it gives). */
async function passesOwnValidation(
  fields: FlattenedField[],
  name: string,
  data: Doc,
  previous: Doc,
  operation: 'create' | 'update',
  req: PayloadRequest,
): Promise<boolean> {
  const field = fields.find((candidate) => candidate.name === name) as
    (FlattenedField & { validate?: (value: unknown, options: Record<string, unknown>) => unknown }) | undefined
  if (!field?.validate) return true
  const merged = { ...previous, ...data }
  const result = await field.validate(data[name], {
    ...field,
    data: merged,
    siblingData: merged,
    event: 'submit',
    operation,
    id: previous.id,
    path: [name],
    preferences: { fields: {} },
    previousValue: previous[name],
    req,
  })
  return result === true
}
