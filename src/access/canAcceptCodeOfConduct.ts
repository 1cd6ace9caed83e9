import type { PayloadRequest } from 'payload'

import { hasRole, ROLES } from '../roles'

/**
 * Who may accept the code of conduct: a signed-in person with a Balises role, for their own
 * account only (the endpoint never takes an account ID).
 */
export function canAcceptCodeOfConduct(req: PayloadRequest, usersSlug: string): 'ok' | 'signedOut' | 'noRole' {
  if (!req.user || req.user.collection !== usersSlug) return 'signedOut'
  return hasRole(req.user, ...ROLES) ? 'ok' : 'noRole'
}
