import type { GlobalBeforeChangeHook } from 'payload'

import { codeVersionOf, FIRST_CODE_VERSION } from '../src/codeOfConduct/acceptance'

type Code = { version?: number | null; publishedAt?: string | null; textFr?: string | null; textEn?: string | null }

/**
 * The code of conduct in the policy is versioned by the system: a change of its French or English
 * text is a new version (number + date), which everyone accepts again (FORBID-3). Nobody types the
 * version (the field is written by this hook only).
 */
export const versionCodeOfConduct: GlobalBeforeChangeHook = ({ data, originalDoc }) => {
  const before = (originalDoc?.codeOfConduct ?? {}) as Code
  const after = (data.codeOfConduct ?? {}) as Code
  const now = new Date().toISOString()
  const firstSave = typeof before.version !== 'number'
  const changed = (before.textFr ?? '') !== (after.textFr ?? '') || (before.textEn ?? '') !== (after.textEn ?? '')
  if (firstSave) {
    data.codeOfConduct = { ...after, version: FIRST_CODE_VERSION, publishedAt: before.publishedAt ?? now }
  } else if (changed) {
    data.codeOfConduct = { ...after, version: codeVersionOf(originalDoc) + 1, publishedAt: now }
  } else {
    data.codeOfConduct = { ...after, version: before.version, publishedAt: before.publishedAt ?? now }
  }
  return data
}
