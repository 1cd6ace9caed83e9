import type { CountField } from '../csv/headers'
import type { AudienceRowInput } from '../csv/rowSchema'
import type { FieldChange, ImportAction } from './plan'

/** What the browser sends to POST /api/audience-snapshots/import. */
export type ImportRequest = { mode: 'preview' | 'commit'; rows: AudienceRowInput[] }

export type PreviewRow = {
  line: number
  channel: string
  date: string
  action: ImportAction
  followers: { old: number | null; new: number }
  changes: Partial<Record<CountField, FieldChange>>
}

export type PreviewAnswer = { mode: 'preview'; rows: PreviewRow[]; counts: Record<ImportAction, number> }

export type CommitAnswer = {
  mode: 'commit'
  created: number
  updated: number
  unchanged: number
  /** Rows the database refused while writing (the others are written): rare, after the server's own checks. */
  failed: { line: number; message: string }[]
}

export type ImportErrorAnswer = { errors: { line?: number; path?: string; message: string }[] }
