/**
 * The post fields that belong to one category (rulebook: CAT-6, CAT-7, CAT-8, POS-1): shown in the
 * form only when that category is chosen, and cleared on save when the post is in another category.
 * Pure: used by the collection's conditions, the save hook and the tests.
 */
export const CATEGORY_FIELDS = {
  closingDate: 'CAT-6',
  source: 'CAT-7',
  sourceOrganisation: 'CAT-8',
  position: 'CAT-10',
} as const

export type CategoryField = keyof typeof CATEGORY_FIELDS

export const CATEGORY_FIELD_NAMES = Object.keys(CATEGORY_FIELDS) as CategoryField[]

/** Whether `field` belongs to the category of code `code` (the form's condition). */
export function belongsToCategory(field: CategoryField, code: unknown): boolean {
  return typeof code === 'string' && code === CATEGORY_FIELDS[field]
}

type Doc = Record<string, unknown>

const isEmpty = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
const idOf = (value: unknown): unknown => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)
const same = (a: unknown, b: unknown) => JSON.stringify(idOf(a) ?? null) === JSON.stringify(idOf(b) ?? null)

/**
 * The category fields this save must clear: those of another category than `code` (null: no
 * category, or one that matches nothing) that hold a value after the save. Only when the save
 * changes the category or writes that field: a stored value that this save does not touch stays
 * as it is (the rules ignore it, and clearing it would count as a change of content).
 */
export function categoryFieldsToClear(code: string | null, previous: Doc, data: Doc): CategoryField[] {
  const categoryChanged = 'category' in data && !same(data.category, previous.category)
  return CATEGORY_FIELD_NAMES.filter((field) => {
    if (belongsToCategory(field, code)) return false
    const value = field in data ? data[field] : previous[field]
    if (isEmpty(value)) return false
    return categoryChanged || (field in data && !same(data[field], previous[field]))
  })
}
