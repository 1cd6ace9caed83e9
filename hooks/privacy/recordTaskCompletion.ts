import type { CollectionBeforeChangeHook } from 'payload'

/** Who marked a PRIV-3 task done is recorded by the system, not typed in. */
export const recordTaskCompletion: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const wasDone = Boolean(originalDoc?.doneAt)
  if (data.doneAt && !wasDone) data.doneBy = req.user?.id ?? null
  if (!data.doneAt && wasDone && 'doneAt' in data) data.doneBy = null
  return data
}
