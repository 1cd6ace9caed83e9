import type { FormState } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'

import { CONTENT_FIELDS } from '../../hooks/engine/postChanges'

/** The post fields the rules read; the rest of the form (history, findings…) is not sent. */
const CHECKED_FIELDS: readonly string[] = [...CONTENT_FIELDS, 'workflowStatus', 'valuesConfirmed']
/** Array fields of a post: in the form state their own value is the row count, not the rows. */
const ARRAY_FIELDS = ['channels']

/**
 * The body of `POST /api/posts/compliance` for the form as it is: `{ id?, data }`. Payload's form
 * state holds an array field's row count at its own path (`channels: 2`) beside its rows
 * (`channels.0.text`…); left in, the count wins over the rows and the server receives a number.
 */
export function complianceRequestBody(fields: FormState, id: number | string | null | undefined): string {
  const rowCounts = new Set(
    Object.entries(fields)
      .filter(([path, state]) => Array.isArray(state?.rows) || (ARRAY_FIELDS.includes(path) && typeof state?.value === 'number'))
      .map(([path]) => path),
  )
  const values = reduceFieldsToValues(Object.fromEntries(Object.entries(fields).filter(([path]) => !rowCounts.has(path))), true) as Record<
    string,
    unknown
  >
  const data: Record<string, unknown> = {}
  for (const name of CHECKED_FIELDS) {
    if (name in values) data[name] = values[name]
  }
  for (const name of ARRAY_FIELDS) {
    // An array with no row has no value in the form data: it is empty, not unchanged.
    if (name in fields && !Array.isArray(data[name])) data[name] = []
  }
  return JSON.stringify(id === undefined || id === null ? { data } : { id, data })
}
