import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from '../roles'

/** Whether the request comes from an administrator: collections, fields and Payload's job access (run, queue, cancel). */
export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')

export const isAdmin: Access = isAdminRequest

export const isAdminField: FieldAccess = isAdminRequest
