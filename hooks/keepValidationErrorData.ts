import type { AfterErrorHook } from 'payload'

type FieldErrors = { errors?: unknown }

/**
 * Config-level `afterError`: a validation refusal keeps its field errors (`data.errors`, with the
 * rule's translated message) in the REST answer, whichever part of the app started Payload.
 *
 * The production build holds two copies of Payload's code (Next's route handlers and its admin
 * pages); one Payload instance serves both. When an admin page starts it first, the REST error
 * formatter (the route handlers' copy) does not recognise the instance's ValidationError
 * (`instanceof` fails across copies) and answers only « The following field is invalid: … ».
 * Recognised here by shape, not by class.
 */
export const keepValidationErrorData: AfterErrorHook = ({ error, result }) => {
  const { data, status, name, message } = error as { data?: FieldErrors; status?: number; name?: string; message?: string }
  if (!data || !Array.isArray(data.errors) || data.errors.length === 0) return
  if (status !== undefined && (status < 400 || status >= 500)) return
  const answered = (result as { errors?: { data?: unknown }[] } | undefined)?.errors
  if (answered?.some((entry) => entry?.data)) return
  return { status: status ?? 400, response: { errors: [{ name: name || 'ValidationError', data, message }] } }
}
