import type { WorkflowAction } from '../../workflowActions/available'

export type FieldError = { path: string; message: string }
export type OfferedAction = { action: WorkflowAction; label: string }
export type ActionBody = {
  action: WorkflowAction
  reason?: string
  publishAt?: string
  valuesConfirmed?: boolean
  override?: { justification: string }
}
export type ActionAnswer = { ok: true; doc: Record<string, unknown>; message: string } | { ok: false; errors: FieldError[] }

const errorsOf = (body: any): FieldError[] =>
  (body?.errors ?? []).flatMap((error: any) =>
    Array.isArray(error?.data?.errors) && error.data.errors.length > 0
      ? error.data.errors
      : [{ path: '', message: String(error?.message ?? '') }],
  )

/** `base`: the REST address of Balises' posts collection (`/api/posts`, or the host's slug for it). */
export async function fetchActions(
  base: string,
  id: number | string,
  language: string,
): Promise<{ actions: OfferedAction[]; timeZone?: string; publishAt?: string | null; pendingOverride?: boolean } | null> {
  const response = await fetch(`${base}/${id}/workflow`, { credentials: 'include', headers: { 'accept-language': language } })
  if (!response.ok) return null
  const body = (await response.json().catch(() => null)) as { actions?: OfferedAction[] } | null
  return body?.actions ? (body as { actions: OfferedAction[] }) : null
}

export async function takeAction(base: string, id: number | string, language: string, body: ActionBody): Promise<ActionAnswer> {
  const response = await fetch(`${base}/${id}/workflow`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: JSON.stringify(body),
  })
  const json = await response.json().catch(() => null)
  if (response.ok && json?.doc) return { ok: true, doc: json.doc, message: String(json.message ?? '') }
  const errors = errorsOf(json)
  return { ok: false, errors: errors.length > 0 ? errors : [{ path: '', message: String(response.status) }] }
}
