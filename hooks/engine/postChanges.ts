/** Fields whose change alters what gets published. */
export const CONTENT_FIELDS = [
  'title',
  'category',
  'channels',
  'body',
  'media',
  'position',
  'source',
  'sourceOrganisation',
  'closingDate',
  'publishAt',
] as const

type Doc = Record<string, unknown>

/** Relationship values may arrive populated or as IDs, array rows with or without IDs. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(
      Object.entries(record)
        .filter(([key]) => key !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, comparable(inner)]),
    )
  }
  return value ?? null
}

/** Whether this save changes the post's content (not only its stage or bookkeeping). */
export function contentChanged(previous: Doc, data: Doc): boolean {
  return CONTENT_FIELDS.some(
    (field) => field in data && JSON.stringify(comparable(data[field])) !== JSON.stringify(comparable(previous[field])),
  )
}
