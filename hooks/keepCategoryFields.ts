import type { CollectionBeforeChangeHook } from 'payload'

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
export const keepCategoryFields: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
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
  const cleared = categoryFieldsToClear(code, previous, data)
  if (cleared.length === 0) return data
  return { ...data, ...Object.fromEntries(cleared.map((field) => [field, null])) }
}
