import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { channelOf } from '../../src/audience/csv/channelNames'
import { parseDay } from '../../src/audience/csv/dates'
import { decodeCsvBytes } from '../../src/audience/csv/decode'
import { detectDelimiter } from '../../src/audience/csv/delimiter'
import { parseCount } from '../../src/audience/csv/numbers'
import { parseAudienceCsv, type CsvParseResult } from '../../src/audience/csv/parseAudienceCsv'
import { audienceRowSchema } from '../../src/audience/csv/rowSchema'

const utf8 = (text: string) => new TextEncoder().encode(text)

/** What Excel on Windows writes for « Enregistrer sous CSV »: one byte per character, windows-1252. */
function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '’': 0x92, œ: 0x9c, '€': 0x80 }
  return Uint8Array.from(
    [...text].map((character) => {
      const code = character.charCodeAt(0)
      if (extra[character] !== undefined) return extra[character]
      if (code > 0xff) throw new Error(`not in windows-1252: ${character}`)
      return code
    }),
  )
}

const frenchOf = (result: CsvParseResult) => result.errors.map((error) => `${error.line}|${error.column ?? ''}|${error.message.fr}`)
const rowsOf = (result: CsvParseResult) => result.rows.map(({ line, channel, date, followers }) => [line, channel, date, followers])

describe('audience CSV: decoding', () => {
  it('drops a UTF-8 byte-order mark, so the first header is still recognised', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Canal;Date;Abonnés\nFacebook;2026-04-01;1 234\n')])
    const result = parseAudienceCsv(bytes)
    expect(result.encoding).toBe('utf-8')
    expect(result.errors).toEqual([])
    expect(rowsOf(result)).toEqual([[2, 'facebook', '2026-04-01', 1234]])
    expect(decodeCsvBytes(bytes).text.startsWith('Canal')).toBe(true)
  })

  it('reads a windows-1252 file (Excel) with « Abonnés » and « Portée », and says so', () => {
    const bytes = windows1252('Réseau;Date;Abonnés;Mentions J’aime;Portée\r\nLinkedIn;1er avril 2026;1 234;56;7 890\r\n')
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const result = parseAudienceCsv(bytes)
    expect(result.encoding).toBe('windows-1252')
    expect(result.notices.map((notice) => notice.fr).join('\n')).toContain('windows-1252')
    expect(result.notices.map((notice) => notice.en).join('\n')).toContain('windows-1252')
    expect(result.errors).toEqual([])
    expect(result.rows).toEqual([{ line: 2, channel: 'linkedin', date: '2026-04-01', followers: 1234, pageLikes: 56, reach: 7890 }])
  })

  it('a UTF-8 file gives no encoding notice', () => {
    const result = parseAudienceCsv(utf8('Canal;Date;Abonnés;Portée\nFacebook;2026-04-01;10;20'))
    expect(result.notices.map((notice) => notice.fr).join('\n')).not.toContain('windows-1252')
    expect(result.rows[0].reach).toBe(20)
  })
})

describe('audience CSV: separators and numbers', () => {
  it('semicolons with French decimal commas in an ignored column: the separator comes from the header', () => {
    const file = [
      'Canal;Date;Abonnés;Mentions J’aime;Taux d’engagement',
      'Facebook;01/04/2026;1 234;980;3,5',
      'Instagram;01/04/2026;1 234,5;;2,1',
      'X (Twitter);01/04/2026;2 000,00;;1,0',
    ].join('\n')
    const result = parseAudienceCsv(file)
    expect(result.delimiter).toBe(';')
    expect(rowsOf(result)).toEqual([
      [2, 'facebook', '2026-04-01', 1234],
      [4, 'x', '2026-04-01', 2000],
    ])
    expect(result.rows[0].pageLikes).toBe(980)
    expect(result.rows[1].pageLikes).toBeUndefined()
    expect(frenchOf(result)).toEqual(['3|Abonnés|« 1 234,5 » : un nombre entier est attendu, sans décimales (écrivez 1234 ou 1 234).'])
    expect(result.notices.map((notice) => notice.fr)).toContain('Colonne(s) non reconnue(s), ignorée(s) : « Taux d’engagement ».')
  })

  it('comma-separated: a quoted « 1 234 » is one value, an unquoted decimal comma is caught as too many values', () => {
    const result = parseAudienceCsv('channel,date,followers\nfacebook,2026-04-01,"1 234"\ninstagram,2026-04-01,1,5\n')
    expect(result.delimiter).toBe(',')
    expect(rowsOf(result)).toEqual([[2, 'facebook', '2026-04-01', 1234]])
    expect(result.errors.map((error) => [error.line, error.message.en])).toEqual([
      [3, '4 values for 3 columns. A number with a decimal comma in a comma-separated file must be quoted.'],
    ])
  })

  it('tab-separated files are read too', () => {
    const result = parseAudienceCsv('Canal\tDate\tAbonnés\nMastodon\t2026-04-01\t321\n')
    expect(result.delimiter).toBe('\t')
    expect(rowsOf(result)).toEqual([[2, 'mastodon', '2026-04-01', 321]])
  })

  it('detectDelimiter ignores separators inside quotes and prefers ; on a tie', () => {
    expect(detectDelimiter('"Canal, réseau";Date;Abonnés')).toBe(';')
    expect(detectDelimiter('a;b,c')).toBe(';')
    expect(detectDelimiter('a\tb\tc;d')).toBe('\t')
    expect(detectDelimiter('abonnés')).toBe(',')
  })

  it.each([
    ['1234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234 567', 1234567],
    [' 12 ', 12],
    ['1 234,00', 1234],
    ['1234.0', 1234],
    ['0', 0],
  ])('count %j → %d', (text, value) => {
    expect(parseCount(text)).toEqual({ ok: true, value })
  })

  it.each([
    ['-5', 'negative'],
    ['−5', 'negative'],
    ['1,5 k', 'abbreviated'],
    ['2K', 'abbreviated'],
    ['1.2 M', 'abbreviated'],
    ['1,5', 'decimal'],
    ['1,000', 'decimal'],
    ['1.234', 'decimal'],
    ['abc', 'notANumber'],
    ['12 %', 'notANumber'],
    ['+3', 'notANumber'],
    ['2000000000', 'tooLarge'],
    ['', 'empty'],
  ])('count %j is refused: %s', (text, reason) => {
    expect(parseCount(text)).toEqual({ ok: false, reason })
  })

  it('bad counts in a file: one error per cell, with its column as written', () => {
    const result = parseAudienceCsv('Canal;Date;Abonnés;Portée\nFacebook;2026-04-01;-3;1,5 k\nInstagram;2026-04-01;;5\n')
    expect(frenchOf(result)).toEqual([
      '2|Abonnés|« -3 » : un nombre négatif n’est pas possible ici.',
      '2|Portée|« 1,5 k » : écrivez le nombre exact (1 500 plutôt que 1,5 k).',
      '3|Abonnés|Valeur obligatoire manquante.',
    ])
    expect(result.rows).toEqual([])
  })
})

describe('audience CSV: dates', () => {
  it.each([
    ['2026-04-01', '2026-04-01'],
    ['01/04/2026', '2026-04-01'],
    ['1/4/2026', '2026-04-01'],
    ['01-04-2026', '2026-04-01'],
    ['1 avril 2026', '2026-04-01'],
    ['1er avril 2026', '2026-04-01'],
    ['1ER AVRIL 2026', '2026-04-01'],
    ['le 1er avril 2026', '2026-04-01'],
    ['15 févr. 2026', '2026-02-15'],
    ['15 fevrier 2026', '2026-02-15'],
    ['31 décembre 2026', '2026-12-31'],
    ['3 août 2026', '2026-08-03'],
    ['2026/04/01', '2026-04-01'],
    ['2026-04-01 00:00:00', '2026-04-01'],
    ['2026-04-01T23:30:00-04:00', '2026-04-01'],
    ['29/02/2028', '2028-02-29'],
  ])('%j is %s (day first)', (text, day) => {
    expect(parseDay(text)).toEqual({ ok: true, day })
  })

  it.each([
    ['31/02/2026', 'impossible'],
    ['29/02/2026', 'impossible'],
    ['04/13/2026', 'impossible'],
    ['2026-13-01', 'impossible'],
    ['32 mars 2026', 'impossible'],
    ['01/04/26', 'format'],
    ['1 avrill 2026', 'format'],
    ['hier', 'format'],
    ['46113', 'format'],
  ])('%j is refused (%s)', (text, reason) => {
    expect(parseDay(text)).toEqual({ ok: false, reason })
  })

  it('French dates in a file, and 31/02 as a line error naming the column', () => {
    const result = parseAudienceCsv(
      'Canal;Date du relevé;Abonnés\nFacebook;1er avril 2026;10\nFacebook;02/04/2026;11\nFacebook;31/02/2026;12\nFacebook;demain;13\n',
    )
    expect(rowsOf(result)).toEqual([
      [2, 'facebook', '2026-04-01', 10],
      [3, 'facebook', '2026-04-02', 11],
    ])
    expect(frenchOf(result)).toEqual([
      '4|Date du relevé|« 31/02/2026 » n’est pas une date du calendrier (jour/mois/année, le jour d’abord).',
      '5|Date du relevé|Date non reconnue : « demain ». Formats acceptés : 2026-04-01, 01/04/2026 (le jour d’abord), 1er avril 2026, 2026/04/01.',
    ])
  })
})

describe('audience CSV: headers, channels, lines', () => {
  it('maps French and English headers whatever their case, accents or apostrophes', () => {
    const english = parseAudienceCsv('CHANNEL,Date,FOLLOWERS,Page Likes,Reach,Engagement\nfacebook,2026-04-01,1,2,3,4')
    const french = parseAudienceCsv("réseau;DATE;abonnes;J'aime;PORTÉE;interactions\nfacebook;2026-04-01;1;2;3;4")
    const typographic = parseAudienceCsv(
      'Canal;Date;Abonnés;Mentions « J’aime » de la page;Portée;Interactions\nfacebook;2026-04-01;1;2;3;4',
    )
    for (const result of [english, french, typographic]) {
      expect(result.errors).toEqual([])
      expect(result.rows).toEqual([
        { line: 2, channel: 'facebook', date: '2026-04-01', followers: 1, pageLikes: 2, reach: 3, engagement: 4 },
      ])
    }
  })

  it.each([
    ['X (Twitter)', 'x'],
    ['x', 'x'],
    ['Twitter', 'x'],
    ['Facebook', 'facebook'],
    ['Page Facebook', 'facebook'],
    ['LinkedIn', 'linkedin'],
    ['linked-in', 'linkedin'],
    ['INSTAGRAM', 'instagram'],
    ['Bluesky', 'bluesky'],
    ['bsky', 'bluesky'],
    ['Mastodon', 'mastodon'],
  ])('channel %j → %s', (text, channel) => {
    expect(channelOf(text)).toBe(channel)
  })

  it('an unknown channel is a line error listing the accepted ones', () => {
    const result = parseAudienceCsv('Canal;Date;Abonnés\nTikTok;2026-04-01;5\n')
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({ line: 2, column: 'Canal' })
    expect(result.errors[0].message.fr).toContain('« TikTok »')
    expect(result.errors[0].message.en).toContain('X (Twitter)')
  })

  it('a missing required column is one clear error on the header line, and no row', () => {
    const result = parseAudienceCsv('Canal;Date;Portée\nFacebook;2026-04-01;5\nInstagram;2026-04-01;6\n')
    expect(result.rows).toEqual([])
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0].line).toBe(1)
    expect(result.errors[0].message.fr).toContain('« Abonnés »')
    expect(result.errors[0].message.en).toContain('not found: “Followers”.')
  })

  it('two columns for the same figure are refused', () => {
    const result = parseAudienceCsv('Canal;Date;Abonnés;Followers\nFacebook;2026-04-01;5;6\n')
    expect(result.rows).toEqual([])
    expect(frenchOf(result)).toEqual(['1||Deux colonnes pour Abonnés : « Abonnés » et « Followers ». Gardez-en une seule.'])
  })

  it('extra columns are ignored with a notice, and extra empty cells (Excel’s trailing ;) are harmless', () => {
    const result = parseAudienceCsv('Canal;Date;Abonnés;Notes;Responsable\nFacebook;2026-04-01;5;bonne semaine;Léa;;\n')
    expect(result.errors).toEqual([])
    expect(rowsOf(result)).toEqual([[2, 'facebook', '2026-04-01', 5]])
    expect(result.notices.map((notice) => notice.en)).toContain('Unrecognised column(s), ignored: “Notes”, “Responsable”.')
  })

  it('empty lines (blank, or only separators) are skipped, counted, and later line numbers stay those of the file', () => {
    const result = parseAudienceCsv('Canal;Date;Abonnés\r\n\r\nFacebook;2026-04-01;5\r\n;;\r\n   \r\nFacebook;2026-04-02;oups\r\n\r\n')
    expect(rowsOf(result)).toEqual([[3, 'facebook', '2026-04-01', 5]])
    expect(result.errors.map((error) => error.line)).toEqual([6])
    expect(result.dataLines).toBe(2)
    expect(result.notices.map((notice) => notice.fr)).toContain('4 ligne(s) vide(s) ignorée(s).')
  })

  it('a quoted cell spanning lines does not shift the line numbers after it; unclosed quotes are an error', () => {
    const result = parseAudienceCsv(
      'Canal;Date;Abonnés;Notes\nFacebook;2026-04-01;5;"deux\nlignes"\nFacebook;2026-04-02;x;\nInstagram;2026-04-03;7;"jamais fermé\n',
    )
    expect(rowsOf(result)).toEqual([[2, 'facebook', '2026-04-01', 5]])
    expect(result.errors.map((error) => [error.line, error.column])).toEqual([
      [4, 'Abonnés'],
      [5, undefined],
    ])
    expect(result.errors[1].message.fr).toContain('Guillemets')
  })

  it('a title line above the header is skipped with a notice', () => {
    const result = parseAudienceCsv('Statistiques de la page — avril 2026\nCanal;Date;Abonnés\nFacebook;2026-04-01;5\n')
    expect(rowsOf(result)).toEqual([[3, 'facebook', '2026-04-01', 5]])
    expect(result.notices.map((notice) => notice.fr)).toContain('1 ligne(s) avant les en-têtes (ligne 2) ignorée(s).')
  })

  it('a title line holding a comma does not decide the separator', () => {
    const result = parseAudienceCsv('Page de l’organisme, avril 2026\nCanal;Date;Abonnés\nFacebook;2026-04-01;5')
    expect(result.delimiter).toBe(';')
    expect(rowsOf(result)).toEqual([[3, 'facebook', '2026-04-01', 5]])
  })

  it('an empty file is one error', () => {
    expect(frenchOf(parseAudienceCsv(utf8('\n  \n')))).toEqual(['1||Le fichier est vide.'])
  })
})

describe('audience CSV: duplicates, schema and size', () => {
  it('the same channel and day twice (however written): error on the later line naming the first; the first is kept', () => {
    const result = parseAudienceCsv(
      'Canal;Date;Abonnés\nFacebook;2026-04-01;5\nInstagram;2026-04-01;6\nfacebook;01/04/2026;7\nFacebook;2 avril 2026;8\n',
    )
    expect(rowsOf(result)).toEqual([
      [2, 'facebook', '2026-04-01', 5],
      [3, 'instagram', '2026-04-01', 6],
      [5, 'facebook', '2026-04-02', 8],
    ])
    expect(frenchOf(result)).toEqual(['4||Facebook du 2026-04-01 figure déjà à la ligne 2 : cette ligne est ignorée.'])
    expect(result.errors[0].message.en).toBe('Facebook on 2026-04-01 is already on line 2: this line is ignored.')
  })

  it('every row it accepts passes the schema the server applies, and the schema refuses what the parser refuses', () => {
    const result = parseAudienceCsv('Canal;Date;Abonnés;Portée\nX (Twitter);1er mai 2026;1 000;\nLinkedIn;2026/05/01;2;3\n')
    expect(result.rows).toHaveLength(2)
    for (const row of result.rows) expect(audienceRowSchema.parse(row)).toEqual(row)
    const refused = audienceRowSchema.safeParse({ channel: 'tiktok', date: '2026-02-31', followers: 1.5, reach: -1, source: 'manual' })
    expect(refused.success).toBe(false)
    expect(refused.error!.issues.map((issue) => [issue.path.join('.'), issue.message]).sort()).toEqual([
      ['', 'Unrecognized key: "source"'],
      ['channel', 'csvImport:unknownChannel'],
      ['date', 'csvImport:impossibleDate'],
      ['followers', 'csvImport:decimal'],
      ['reach', 'csvImport:negative'],
    ])
  })

  it('the sample file (docs/samples, French, semicolons, BOM) is one reporting year of monthly figures for three channels', () => {
    const result = parseAudienceCsv(new Uint8Array(readFileSync('docs/samples/audience-2025-2026.csv')))
    expect(result.errors).toEqual([])
    expect(result.delimiter).toBe(';')
    expect(result.rows).toHaveLength(36)
    for (const channel of ['facebook', 'instagram', 'linkedin']) {
      const days = result.rows.filter((row) => row.channel === channel).map((row) => row.date)
      expect(days).toEqual(Array.from({ length: 12 }, (_, index) => new Date(Date.UTC(2025, 3 + index, 1)).toISOString().slice(0, 10)))
    }
    expect(result.rows.find((row) => row.channel === 'facebook' && row.date === '2026-03-01')).toMatchObject({
      followers: 2078,
      pageLikes: 1889,
    })
    expect(result.rows.filter((row) => row.pageLikes !== undefined).map((row) => row.channel)).toEqual(Array(12).fill('facebook'))
  })

  it('a 10 000-line file parses completely', () => {
    const channels = ['Facebook', 'Instagram', 'LinkedIn', 'X (Twitter)', 'Bluesky']
    const lines = ['Canal;Date;Abonnés;Mentions J’aime;Portée;Interactions']
    const start = Date.UTC(2000, 0, 1)
    for (let index = 0; index < 10_000; index++) {
      const day = new Date(start + Math.floor(index / channels.length) * 86_400_000)
      const french = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`
      lines.push(`${channels[index % channels.length]};${french};${(1000 + index).toLocaleString('fr-CA')};${index};;${index % 7}`)
    }
    const bytes = utf8(lines.join('\r\n'))
    const began = performance.now()
    const result = parseAudienceCsv(bytes)
    console.log(
      `[audienceCsv] 10 000 lines (${(bytes.length / 1024).toFixed(0)} KiB) parsed in ${Math.round(performance.now() - began)} ms`,
    )
    expect(result.errors).toEqual([])
    expect(result.rows).toHaveLength(10_000)
    expect(result.rows[9_999]).toMatchObject({ line: 10_001, followers: 10_999, pageLikes: 9_999, engagement: 9_999 % 7 })
    expect(new Set(result.rows.map((row) => `${row.channel}|${row.date}`)).size).toBe(10_000)
  })
})
