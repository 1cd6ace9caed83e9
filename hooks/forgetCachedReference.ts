import type { CollectionAfterChangeHook, GlobalAfterChangeHook } from 'payload'

import { forgetReference, type ReferenceKey } from './engine/referenceCache'

/** A saved category or policy is read fresh by the next rule check. */
export const forgetCachedCollection =
  (key: ReferenceKey): CollectionAfterChangeHook =>
  ({ doc, req }) => {
    forgetReference(req.payload, key)
    return doc
  }

export const forgetCachedGlobal =
  (key: ReferenceKey): GlobalAfterChangeHook =>
  ({ doc, req }) => {
    forgetReference(req.payload, key)
    return doc
  }
