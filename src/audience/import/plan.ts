import type { AudienceSnapshotDoc } from '../../types'
import { COUNT_FIELDS, type CountField } from '../csv/headers'
import type { AudienceRow } from '../csv/rowSchema'

export type ImportAction = 'create' | 'update' | 'unchanged'
export type FieldChange = { old: number | null; new: number }
export type StoredFigures = Pick<AudienceSnapshotDoc, 'id' | 'channel' | 'date' | CountField>

/**
 * What importing `row` would do to what is stored. A figure the row does not give (an empty cell,
 * a column the file does not have) leaves the stored one as it is: re-importing a followers-only
 * file does not erase the reach entered by hand.
 */
export function planRow(
  row: AudienceRow,
  stored: StoredFigures | undefined,
): { action: ImportAction; changes: Partial<Record<CountField, FieldChange>> } {
  const changes: Partial<Record<CountField, FieldChange>> = {}
  for (const field of COUNT_FIELDS) {
    const value = row[field]
    if (value === undefined) continue
    const old = stored ? (stored[field] ?? null) : null
    if (!stored || old !== value) changes[field] = { old, new: value }
  }
  if (!stored) return { action: 'create', changes }
  return { action: Object.keys(changes).length > 0 ? 'update' : 'unchanged', changes }
}

export const rowKey = (row: { channel: string; date: string }) => `${row.channel}|${row.date.slice(0, 10)}`
