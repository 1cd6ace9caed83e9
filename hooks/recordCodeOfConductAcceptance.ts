import type { CollectionBeforeChangeHook } from 'payload'

import { currentCodeVersion } from '../src/codeOfConduct/currentVersion'

/** Set on req.context by `POST /api/users/accept-code-of-conduct` only (never reachable from a request body). */
export const ACCEPT_CODE_FLAG = 'balisesAcceptCodeOfConduct'

/**
 * FORBID-3: the acceptance fields are closed to every person (field access); they are written here:
 * - by the accept endpoint, for the signed-in person's own account only, with the date of now and
 *   the version in force;
 * - by the system (seed, test fixtures, overrideAccess): a date without a version is an acceptance
 *   of the version in force.
 */
export const recordCodeOfConductAcceptance: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (req.context?.[ACCEPT_CODE_FLAG] === true) {
    const self = req.user && originalDoc && String(originalDoc.id) === String(req.user.id)
    if (operation === 'update' && self) {
      data.codeOfConductAcceptedAt = new Date().toISOString()
      data.codeOfConductVersion = await currentCodeVersion(req)
    }
    return data
  }
  const dateChanged = operation === 'create' || data.codeOfConductAcceptedAt !== originalDoc?.codeOfConductAcceptedAt
  const versionGiven = data.codeOfConductVersion !== undefined && data.codeOfConductVersion !== originalDoc?.codeOfConductVersion
  if (data.codeOfConductAcceptedAt && dateChanged && !versionGiven) {
    data.codeOfConductVersion = await currentCodeVersion(req)
  }
  if (!data.codeOfConductAcceptedAt) data.codeOfConductVersion = null
  return data
}
