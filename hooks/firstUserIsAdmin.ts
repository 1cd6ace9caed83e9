import type { CollectionBeforeChangeHook } from 'payload'

/** The very first account of an empty installation becomes an administrator. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
