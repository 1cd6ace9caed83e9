import type { PayloadRequest } from 'payload'

import { isBalisesUser } from '../../src/access/isBalisesUser'

/** Calendar endpoints answer signed-in staff and Collective members; anyone else gets 401/403, no detail. */
export function calendarAccess(req: PayloadRequest): Response | null {
  if (!req.user) return Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401 })
  if (!isBalisesUser(req.user)) {
    return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })
  }
  return null
}

export function language(req: PayloadRequest): 'fr' | 'en' {
  return req.i18n?.language === 'en' ? 'en' : 'fr'
}
