import { bilingual, type CsvMessage } from './messages'

export type CsvEncoding = 'utf-8' | 'windows-1252'
export type DecodedCsv = { text: string; encoding: CsvEncoding; notices: CsvMessage[] }

/**
 * The file's text. UTF-8 (with or without a byte-order mark) is the rule; bytes that are not valid
 * UTF-8 are almost always Excel's « CSV » on Windows, read as windows-1252 (a superset of
 * Latin-1 that also has ’ « » œ €), and the person is told so to check the accents.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  try {
    // fatal: invalid UTF-8 throws instead of turning into U+FFFD; the BOM is dropped by default.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text: stripBom(text), encoding: 'utf-8', notices: [] }
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes)
    return { text: stripBom(text), encoding: 'windows-1252', notices: [bilingual('csvImport:windows1252')] }
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
