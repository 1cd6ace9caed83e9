import type { FieldHook } from 'payload'

import { mayManagePersonalData } from '../../src/access/mayManagePersonalData'
import { WITHHELD_PREFIX } from '../engine/disclosure'

type Row = { rule?: string | null; messageFr?: string | null }

/**
 * Findings stored before hooks/engine/disclosure.ts existed (posts and their versions) may carry
 * PRIV-1/PRIV-2 findings that date a consent or count the people shown. Saves store neutral
 * findings now; this keeps the old ones from anyone who may not read personal data. Every PRIV-2
 * finding about people is personal; PRIV-1's only personal one is the consent gap.
 */
export const withholdStoredFindings: FieldHook = ({ value, req }) => {
  if (!Array.isArray(value) || !req.user || mayManagePersonalData(req.user)) return value
  return (value as Row[]).filter((row) => !isPersonal(row))
}

function isPersonal(row: Row): boolean {
  const message = row.messageFr ?? ''
  if (message.startsWith(WITHHELD_PREFIX)) return false
  if (row.rule === 'PRIV-2') return true
  return row.rule === 'PRIV-1' && message.includes('de consentement valide le')
}
