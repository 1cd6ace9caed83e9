import type { Access, FieldAccess } from 'payload'

export const isSignedIn: Access = ({ req }) => Boolean(req.user)

/** For fields the public never reads (a post's history, findings, overrides). */
export const isSignedInField: FieldAccess = ({ req }) => Boolean(req.user)
