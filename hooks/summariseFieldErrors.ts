import type { AfterErrorHook } from 'payload'

type Entry = { message?: unknown; data?: { errors?: { message?: unknown }[] } | null }

/**
 * Config-level `afterError`, after keepValidationErrorData: a refusal with field errors answers, as
 * its summary `message`, the fields' own translated messages (the rule IDs and how to fix them)
 * instead of Payload's « The following fields are invalid (3): workflowStatus, media.0, … », which
 * is English whenever the error was built without a translator and names internal paths.
 */
export const summariseFieldErrors: AfterErrorHook = ({ result }) => {
  const answered = (result as { errors?: Entry[] } | undefined)?.errors
  if (!Array.isArray(answered)) return
  let changed = false
  const errors = answered.map((entry) => {
    const messages = (Array.isArray(entry?.data?.errors) ? entry.data.errors : [])
      .map((error) => (typeof error?.message === 'string' ? error.message.trim() : ''))
      .filter(Boolean)
    if (messages.length === 0) return entry
    changed = true
    return { ...entry, message: [...new Set(messages)].join('\n') }
  })
  if (!changed) return
  return { response: { ...(result as object), errors } as never }
}
