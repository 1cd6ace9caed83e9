import type { Access, FieldAccess } from 'payload'

import { mayManagePersonalData } from './mayManagePersonalData'

/** PRIV-4: people and consents are readable and writable only by the responsible person and administrators. */
export const canManagePersonalData: Access = ({ req }) => mayManagePersonalData(req.user)

export const canManagePersonalDataField: FieldAccess = ({ req }) => mayManagePersonalData(req.user)
