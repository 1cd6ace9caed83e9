import Papa from 'papaparse'

import type { TranslationKey } from '../../translations'
import { channelOf } from './channelNames'
import { parseDay } from './dates'
import { decodeCsvBytes, stripBom, type CsvEncoding } from './decode'
import { DELIMITERS, detectDelimiter, firstNonEmptyLines, type Delimiter } from './delimiter'
import { COUNT_FIELDS, mapHeaders, missingColumnsMessage, fieldLabel, type HeaderMapping, type SnapshotField } from './headers'
import { bilingual, quotedList, type CsvMessage } from './messages'
import { parseCount } from './numbers'
import { readRecords, type CsvRecord } from './records'
import { audienceRowSchema, type AudienceRow } from './rowSchema'

export type ParsedRow = AudienceRow & { line: number }
export type CsvError = { line: number; column?: string; message: CsvMessage }
export type CsvParseResult = {
  rows: ParsedRow[]
  errors: CsvError[]
  notices: CsvMessage[]
  encoding: CsvEncoding
  delimiter: Delimiter
  /** Lines after the header that hold something (valid or not). */
  dataLines: number
}

/** How far down the file the header may be (exports sometimes start with a title line). */
const HEADER_SEARCH = 10

const DELIMITER_NAMES: Record<Delimiter, TranslationKey> = {
  ';': 'csvImport:semicolon',
  ',': 'csvImport:comma',
  '\t': 'csvImport:tab',
}

const blank = (cells: string[]) => cells.every((cell) => cell.trim() === '')

/**
 * A CSV file of audience snapshots → valid normalized rows (with their line numbers), one error per
 * bad line (or per bad cell), and notices about how the file was read. Pure: runs in the browser
 * for the preview and in tests; the import endpoint checks the rows again.
 */
export function parseAudienceCsv(input: Uint8Array | ArrayBuffer | string): CsvParseResult {
  const decoded =
    typeof input === 'string'
      ? { text: stripBom(input), encoding: 'utf-8' as const, notices: [] }
      : decodeCsvBytes(input instanceof Uint8Array ? input : new Uint8Array(input))
  const { text, encoding } = decoded
  const notices = [...decoded.notices]
  const delimiter = chooseDelimiter(text)
  const result: CsvParseResult = { rows: [], errors: [], notices, encoding, delimiter, dataLines: 0 }
  if (text.trim() === '') {
    result.errors.push({ line: 1, message: bilingual('csvImport:emptyFile') })
    return result
  }
  notices.push(bilingual('csvImport:delimiterFound', { name: bilingual(DELIMITER_NAMES[delimiter]) }))

  const records = readRecords(text, delimiter)
  const header = findHeader(records)
  const mapping = mapHeaders(header.cells)
  if (mapping.missing.length > 0) {
    result.errors.push({ line: header.line, message: missingColumnsMessage(mapping.missing) })
    return result
  }
  if (mapping.conflicts.length > 0) {
    for (const { field, first, second } of mapping.conflicts) {
      result.errors.push({
        line: header.line,
        message: bilingual('csvImport:duplicateColumn', { field: fieldLabel(field), first, second }),
      })
    }
    return result
  }
  const skippedAbove = records.filter((record) => record.line < header.line && !blank(record.cells)).length
  if (skippedAbove > 0) notices.push(bilingual('csvImport:linesBeforeHeader', { count: skippedAbove, line: header.line }))
  if (mapping.ignored.length > 0) {
    notices.push(bilingual('csvImport:ignoredColumns', { columns: quotedList(mapping.ignored) }))
  }

  const firstLineOf = new Map<string, number>()
  let emptyLines = 0
  for (const record of records) {
    if (record.line <= header.line) continue
    if (blank(record.cells)) {
      // Papa reports the end of a file that ends with a line break as one more empty record.
      if (record !== records[records.length - 1] || record.cells.length > 1) emptyLines++
      continue
    }
    result.dataLines++
    const row = readRow(record, mapping, result.errors)
    if (!row) continue
    const key = `${row.channel}|${row.date}`
    const first = firstLineOf.get(key)
    if (first !== undefined) {
      result.errors.push({
        line: record.line,
        message: bilingual('csvImport:duplicateRow', { channel: bilingual(`channels:${row.channel}`), date: row.date, first }),
      })
      continue
    }
    firstLineOf.set(key, record.line)
    result.rows.push(row)
  }
  if (emptyLines > 0) notices.push(bilingual('csvImport:emptyLines', { count: emptyLines }))
  result.errors.sort((a, b) => a.line - b.line)
  return result
}

/**
 * The separator of the header: the first of the first lines that, split by one of `;` `,` tab,
 * names every required column (a title line above the header may hold a comma); else the most
 * frequent separator of the first line.
 */
function chooseDelimiter(text: string): Delimiter {
  for (const line of firstNonEmptyLines(text, HEADER_SEARCH)) {
    const found = DELIMITERS.find((delimiter) => {
      const cells = Papa.parse<string[]>(line, { delimiter }).data[0] ?? []
      return mapHeaders(cells).missing.length === 0
    })
    if (found) return found
  }
  return detectDelimiter(firstNonEmptyLines(text, 1)[0] ?? '')
}

/** The first of the first lines that names every required column; else the first line with something on it. */
function findHeader(records: CsvRecord[]): CsvRecord {
  const candidates = records.filter((record) => !blank(record.cells)).slice(0, HEADER_SEARCH)
  return candidates.find((record) => mapHeaders(record.cells).missing.length === 0) ?? candidates[0]
}

const COUNT_REASONS = {
  negative: 'csvImport:negative',
  decimal: 'csvImport:decimal',
  abbreviated: 'csvImport:abbreviated',
  notANumber: 'csvImport:notANumber',
  tooLarge: 'csvImport:tooLarge',
} as const satisfies Record<string, TranslationKey>

/** One data line → a valid row, or its errors pushed to `errors` (one per bad cell). */
function readRow(record: CsvRecord, mapping: HeaderMapping, errors: CsvError[]): ParsedRow | null {
  const { line, cells } = record
  if (record.quoteError) {
    errors.push({ line, message: bilingual('csvImport:badQuotes') })
    return null
  }
  const extra = cells.slice(mapping.names.length).filter((cell) => cell.trim() !== '')
  if (extra.length > 0) {
    errors.push({ line, message: bilingual('csvImport:tooManyValues', { count: cells.length, columns: mapping.names.length }) })
    return null
  }
  const before = errors.length
  const fail = (field: SnapshotField, key: TranslationKey, value: string) =>
    errors.push({ line, column: mapping.names[mapping.columns[field]!], message: bilingual(key, { value }) })
  const cell = (field: SnapshotField) => (mapping.columns[field] === undefined ? '' : (cells[mapping.columns[field]] ?? '').trim())

  const draft: Record<string, unknown> = { line }
  const channelText = cell('channel')
  if (!channelText) fail('channel', 'csvImport:required', channelText)
  else if (!channelOf(channelText)) fail('channel', 'csvImport:unknownChannel', channelText)
  else draft.channel = channelOf(channelText)

  const dateText = cell('date')
  const day = parseDay(dateText)
  if (!dateText) fail('date', 'csvImport:required', dateText)
  else if (!day.ok) fail('date', day.reason === 'impossible' ? 'csvImport:impossibleDate' : 'csvImport:invalidDate', dateText)
  else draft.date = day.day

  for (const field of COUNT_FIELDS) {
    const text = cell(field)
    const count = parseCount(text)
    if (count.ok) draft[field] = count.value
    else if (count.reason === 'empty') {
      if (field === 'followers') fail(field, 'csvImport:required', text)
    } else fail(field, COUNT_REASONS[count.reason], text)
  }
  if (errors.length > before) return null

  // The same schema the server applies: what passes here passes there.
  const checked = audienceRowSchema.safeParse(draft)
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = issue.path[0] as SnapshotField
      fail(field, issue.message as TranslationKey, String(draft[field] ?? ''))
    }
    return null
  }
  return { ...checked.data, line }
}
