import type { Access, FieldAccess } from 'payload'

export const never: Access = () => false

/** For fields only hooks write (history, compliance, who and when). */
export const neverField: FieldAccess = () => false
