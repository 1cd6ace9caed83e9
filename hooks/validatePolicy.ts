import { ValidationError, type GlobalBeforeValidateHook } from 'payload'

import { normalisePhraseList } from '../src/policy/phraseList'
import { validatePolicyData } from '../src/policy/schema'
import { translate, type TranslationKey } from '../src/translations'

const PHRASE_LISTS = ['forbiddenPatterns', 'allowedPhrases'] as const

/**
 * Refuses bad policy settings with the field path and the reason; nothing is written. The FORBID-1
 * lists are tidied first (src/policy/phraseList.ts: blank entries dropped, duplicates merged, rows
 * of the former array shape read as their text), so a phrase's line is its place in the stored list.
 */
export const validatePolicy: GlobalBeforeValidateHook = ({ data, global, req, originalDoc }) => {
  const incoming = { ...(data ?? {}) } as Record<string, unknown>
  const stored = { ...(originalDoc ?? {}) } as Record<string, unknown>
  for (const key of PHRASE_LISTS) {
    if (Array.isArray(incoming[key])) incoming[key] = tidied(incoming[key] as unknown[])
    // A policy stored before the data migration may hold rows: read as text, never refused for it.
    if (Array.isArray(stored[key])) stored[key] = normalisePhraseList(stored[key]) ?? []
  }
  const issues = validatePolicyData(pick({ ...stored, ...incoming }))
  if (issues.length === 0) return incoming
  throw new ValidationError({
    global: global.slug,
    errors: issues.map(({ path, reason, translation }) => ({
      path,
      message: translation
        ? translate(req.i18n?.language, translation.key as TranslationKey, translation.vars as Record<string, string | number>)
        : translate(req.i18n?.language, 'policy:invalid', { reason }),
    })),
    req,
  })
}

/** Blank entries dropped and duplicates merged; a list with an entry that is not text stays as it is, for the check to refuse. */
function tidied(list: unknown[]): unknown[] {
  const text = (item: unknown) =>
    typeof item === 'string'
      ? item
      : item && typeof item === 'object'
        ? ((item as { pattern?: unknown }).pattern ?? (item as { phrase?: unknown }).phrase)
        : item
  if (list.some((item) => typeof text(item) !== 'string')) return list
  return normalisePhraseList(list) ?? []
}

const CHECKED_KEYS = [
  'timeZone',
  'weeklyHours',
  'channelLimits',
  'frequency',
  'forbiddenPatterns',
  'allowedPhrases',
  'redirection',
  'keyDates',
  'whatWeCommunicate',
  'whoCommunicates',
  'teamMeetingPlace',
  'discussionInvited',
  'discussionNote',
  'consentRetentionMonths',
]

function pick(doc: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = {}
  for (const key of CHECKED_KEYS) if (key in doc) picked[key] = stripIds(doc[key])
  return picked
}

/** Array rows carry Payload's `id`; the schema does not care about it. */
function stripIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripIds)
  if (value && typeof value === 'object') {
    const { id: _id, ...rest } = value as Record<string, unknown>
    return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, stripIds(v)]))
  }
  return value
}
