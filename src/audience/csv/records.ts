import Papa from 'papaparse'

import type { Delimiter } from './delimiter'

/** One record of the file: its cells and the line it starts on (a quoted cell may span lines). */
export type CsvRecord = { line: number; cells: string[]; quoteError: boolean }

/** papaparse, record by record, with each record's line number in the file. */
export function readRecords(text: string, delimiter: Delimiter): CsvRecord[] {
  const records: CsvRecord[] = []
  let linebreak = '\n'
  let previousCursor = -1
  let scanned = 0
  let line = 1
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      linebreak = result.meta.linebreak || linebreak
      // A record starts after the previous one's end and its line break; `cursor` is the end.
      const start = previousCursor < 0 ? 0 : Math.min(previousCursor + linebreak.length, text.length)
      for (let at = text.indexOf(linebreak, scanned); at !== -1 && at < start; at = text.indexOf(linebreak, at + linebreak.length)) line++
      scanned = start
      previousCursor = result.meta.cursor
      records.push({ line, cells: result.data, quoteError: result.errors.some((error) => error.type === 'Quotes') })
    },
  })
  return records
}
