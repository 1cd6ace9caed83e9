import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isCollectiveMember } from '../src/access/isCollectiveMember'
import { translate } from '../src/translations'

function isIDOrEmpty(value: unknown, idType: 'number' | 'text'): boolean {
  if (value === undefined || value === null) return true
  return idType === 'number' ? Number.isSafeInteger(value) && (value as number) > 0 : typeof value === 'string' && value.length > 0
}

/**
 * POS-1: only a member of the Collective moves a position to "adopted"; who and when are recorded.
 * The system (seed, no user) may record an adoption that happened elsewhere.
 */
export const adoptPosition: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  // Payload does not validate supersededBy while the field is hidden (position not superseded):
  // a value that cannot be an ID reached the database and failed there with a 500.
  if (!isIDOrEmpty(data.supersededBy, req.payload.db.defaultIDType)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'supersededBy', message: req.t('validation:invalidSelection') }],
      req,
    })
  }
  const becomesAdopted = data.status === 'adopted' && originalDoc?.status !== 'adopted'
  if (!becomesAdopted) return data
  if (req.user && !isCollectiveMember(req.user)) {
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
