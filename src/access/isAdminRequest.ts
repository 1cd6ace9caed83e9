import type { PayloadRequest } from 'payload'

import { hasRole } from '../roles'

/** For Payload's job access checks (run, queue, cancel), which receive only the request. */
export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')
