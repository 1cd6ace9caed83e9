import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

/**
 * Records (audit trail, purge log) are never changed or removed once written, not even by code
 * running with overrideAccess: only `create` passes.
 */
export const appendOnly: CollectionBeforeOperationHook = ({ operation, req, args }) => {
  if (operation === 'update' || operation === 'delete' || operation === 'restoreVersion') throw new Forbidden(req.t)
  return args
}
