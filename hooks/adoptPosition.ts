import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../src/roles'
import { translate } from '../src/translations'

/**
 * POS-1: only a member of the Collective moves a position to "adopted"; who and when are recorded.
 * The system (seed, no user) may record an adoption that happened elsewhere.
 */
export const adoptPosition: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const becomesAdopted = data.status === 'adopted' && originalDoc?.status !== 'adopted'
  if (!becomesAdopted) return data
  if (req.user && !hasRole(req.user, 'collective')) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'status', message: translate(req.i18n?.language, 'workflowErrors:positionAdoptOnlyCollective') }],
      req,
    })
  }
  return {
    ...data,
    adoptedAt: data.adoptedAt ?? new Date().toISOString(),
    adoptedBy: req.user?.id ?? data.adoptedBy ?? null,
  }
}
