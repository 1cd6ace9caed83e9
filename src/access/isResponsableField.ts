import type { FieldAccess } from 'payload'

import { mayOverrideRules } from './mayOverrideRules'

/** The overrides field: FORBID-1 overrides belong to the responsible person alone. */
export const isResponsableField: FieldAccess = ({ req }) => mayOverrideRules(req.user)
