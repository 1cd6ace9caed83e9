import { ValidationError, type GlobalBeforeValidateHook } from 'payload'

import { validatePolicyData } from '../src/policy/schema'
import { translate } from '../src/translations'

/** Refuses bad policy settings with the field path and the reason; nothing is written. */
export const validatePolicy: GlobalBeforeValidateHook = ({ data, global, req, originalDoc }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) }
  const issues = validatePolicyData(pick(merged))
  if (issues.length === 0) return data
  throw new ValidationError({
    global: global.slug,
    errors: issues.map(({ path, reason }) => ({
      path,
      message: translate(req.i18n?.language, 'policy:invalid', { reason }),
    })),
    req,
  })
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
