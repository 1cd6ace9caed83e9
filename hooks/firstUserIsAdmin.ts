import type { CollectionBeforeChangeHook } from 'payload'

import { rolesFieldOf } from '../src/roles'

/** The very first account of an empty installation becomes an administrator. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req })
  if (totalDocs === 0) return { ...data, [rolesFieldOf({ collection: collection.slug })]: ['admin'] }
  return data
}
