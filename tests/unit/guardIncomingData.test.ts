import type { FlattenedField, Payload, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { clientMistakesAre400 } from '../../hooks/clientMistakes'
import { incomingDataProblems, isLexicalDocument, MAX_DATA_DEPTH } from '../../hooks/guardIncomingData'
import { paginationProblem, whereProblem } from '../../hooks/guardQuery'
import { fieldValueProblems, dateProblem, nulCharacterProblems } from '../../hooks/incomingValues'

const req = { t: (key: string) => key } as unknown as PayloadRequest
const nested = (depth: number): unknown => Array.from({ length: depth }).reduce<unknown>((inner) => ({ a: inner }), 1)

describe('guardIncomingData: bodies Payload would crash on or store unchecked', () => {
  it('refuses a body that is not an object, unless a file comes without one', () => {
    for (const body of ['a string', 12, true, null, [], [1, 2], undefined]) {
      expect(incomingDataProblems(body, req), JSON.stringify(body)).toHaveLength(1)
    }
    expect(incomingDataProblems(undefined, req, { fileAttached: true })).toEqual([])
    expect(incomingDataProblems({ title: 'Nos ateliers', channels: [{ channel: 'facebook' }] }, req)).toEqual([])
  })

  it('refuses nesting deeper than a form or a rich text sends, naming the field', () => {
    expect(incomingDataProblems({ body: nested(MAX_DATA_DEPTH - 2) }, req)).toEqual([])
    expect(incomingDataProblems({ body: nested(10_000) }, req)).toEqual([{ path: 'body', message: 'validation:invalidInput' }])
  })

  it('refuses timestamps that are not dates and e-mail addresses that are not text', () => {
    expect(incomingDataProblems({ createdAt: '2026-11-25T10:00:00.000Z' }, req)).toEqual([])
    expect(incomingDataProblems({ createdAt: 'not a date', updatedAt: { $gt: '' } }, req).map((problem) => problem.path)).toEqual([
      'createdAt',
      'updatedAt',
    ])
    expect(incomingDataProblems({ email: { $ne: null } }, req, { emailFields: ['email'] }).map((problem) => problem.path)).toEqual([
      'email',
    ])
    expect(incomingDataProblems({ email: 'a@b.ca' }, req, { emailFields: ['email'] })).toEqual([])
  })
})

describe('isLexicalDocument: the only rich-text shape Payload can walk', () => {
  it('accepts a Lexical document, empty or nested', () => {
    expect(isLexicalDocument({ root: { type: 'root', children: [] } })).toBe(true)
    expect(isLexicalDocument({ root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bonjour' }] }] } })).toBe(true)
  })
  it('refuses text, lists, a root without children and nodes that are not objects', () => {
    for (const value of [
      'du texte',
      12,
      ['a'],
      {},
      { root: 'x' },
      { root: {} },
      { root: { children: 'x' } },
      { root: { children: ['x'] } },
      { root: { children: [{ children: 3 }] } },
    ]) {
      expect(isLexicalDocument(value), JSON.stringify(value)).toBe(false)
    }
  })
})

describe('guardQuery: where/limit/page the database cannot take', () => {
  const fields = [
    { name: 'title', type: 'text' },
    { name: 'publishAt', type: 'date' },
    { name: 'weight', type: 'number' },
    { name: 'category', type: 'relationship', relationTo: 'categories' },
  ] as unknown as FlattenedField[]
  const payload = {
    db: { defaultIDType: 'number' },
    collections: { categories: { config: { flattenedFields: [{ name: 'code', type: 'text' }] } } },
  } as unknown as Payload

  it('lets ordinary queries through, the calendar’s included', () => {
    const calendar = {
      and: [
        { publishAt: { greater_than_equal: '2026-11-01T04:00:00.000Z' } },
        { or: [{ category: { in: ['2', 3] } }, { title: { like: 'ateliers' } }] },
      ],
    }
    expect(whereProblem(calendar, fields, payload)).toBeNull()
    expect(whereProblem({ 'category.code': { equals: 'CAT-2' } }, fields, payload)).toBeNull()
  })

  it('checks the paths of a versions query under `version`', () => {
    const versions = [{ name: 'version', type: 'group', flattenedFields: fields }] as unknown as FlattenedField[]
    expect(whereProblem({ 'version.publishAt': { less_than: '2026-11-01T04:00:00.000Z' } }, versions, payload)).toBeNull()
    expect(whereProblem({ 'version.publishAt': { less_than: 'zzz' } }, versions, payload)).not.toBeNull()
  })

  it.each([
    [{ createdAt: { greater_than: 'not-a-date' } }, 'invalid date'],
    [{ id: { in: 'abc,def' } }, 'non-numeric ids'],
    [{ weight: { greater_than: '1e309' } }, 'infinite number'],
    [{ title: { equals: { $ne: 'x' } } }, 'operator inside a value'],
    [{ 'title.title.title': { equals: 'x' } }, 'a path through a text field'],
    [{ and: 'x' }, 'and that is not a list'],
    [{ title: 'x' }, 'no operator'],
    [{ title: { near: '1,2,3' } }, 'distance on a field that is not a point'],
    [{ publishAt: { within: { type: 'Polygon' } } }, 'area on a field that is not a point'],
    [Array.from({ length: 30 }).reduce<unknown>((inner) => ({ and: [inner] }), { id: { exists: true } }), 'nested 30 deep'],
  ])('refuses %j (%s)', (where) => {
    expect(whereProblem(where, fields, payload)).not.toBeNull()
  })

  it('refuses a limit or page that is not a whole number, or an offset past what the database counts', () => {
    expect(paginationProblem({ limit: 10, page: 2 })).toBeNull()
    expect(paginationProblem({ limit: 0 })).toBeNull()
    for (const args of [{ limit: { $gt: 1 } }, { limit: Number.NaN }, { limit: -1 }, { page: 1e20 }, { page: 'abc' }]) {
      expect(paginationProblem(args), JSON.stringify(args)).not.toBeNull()
    }
  })
})

describe('clientMistakesAre400: client mistakes Payload only notices once they are 500s', () => {
  const run = (error: Error, extra: Record<string, unknown> = {}) =>
    clientMistakesAre400({ error, req: { ...req, ...extra }, context: {} } as never) as
      { status: number; response: { errors: { message: string }[] } } | undefined
  // As in the production build: Payload and busboy bundled into Next's chunks, no frame names them.
  const bundled = (error: Error) =>
    Object.assign(error, { status: 500, stack: `${error.name}: ${error.message}\n    at t (/app/.next/server/chunks/1234.js:1:5678)` })

  it('answers 400 to a foreign key refused by the database', () => {
    const foreignKey = Object.assign(new Error('Failed query: insert …'), { cause: { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' } })
    expect(run(foreignKey)?.status).toBe(400)
  })

  it('answers 400 to an unreadable body or query, recognised without stack frames', () => {
    for (const message of [
      'Unexpected end of form',
      'Unexpected end of file',
      'Malformed part header',
      'Multipart: Boundary not found',
      'Malformed content type',
      'Request is not eligible for file upload',
    ]) {
      expect(run(bundled(new Error(message)))?.status, message).toBe(400)
    }
    expect(run(bundled(new SyntaxError('Unexpected token o in JSON')), { method: 'GET' })?.response.errors[0].message).toBe(
      'error:invalidRequestArgs',
    )
    expect(run(bundled(new SyntaxError('Expected property name')), { method: 'POST' })?.status).toBe(400)
  })

  it("answers a file over the limit with 413 naming the limit, in the person's language", () => {
    const tooLarge = Object.assign(new Error('File size limit has been reached'), { status: 413 })
    const payload = { config: { upload: { limits: { fileSize: 25 * 1024 * 1024 } } } }
    expect(run(tooLarge, { payload, i18n: { language: 'fr' } })).toEqual({
      status: 413,
      response: { errors: [{ message: 'Le fichier dépasse la taille maximale permise de 25 Mo.' }] },
    })
    expect(run(tooLarge, { payload, i18n: { language: 'en' } })?.response.errors[0].message).toBe(
      'The file is larger than the 25 MB limit.',
    )
  })

  it('leaves every other server error a 500', () => {
    expect(run(new TypeError('Cannot read properties of undefined'))).toBeUndefined()
    expect(run(bundled(new Error('Unexpected end of form, or something else')))).toBeUndefined()
    expect(run(Object.assign(new Error('database is locked'), { cause: { code: 'SQLITE_BUSY' } }))).toBeUndefined()
  })
})

describe('dates and NUL characters: refused as sent, never shifted', () => {
  it('refuses years outside 1900–2200 and days that do not exist, naming the value', () => {
    expect(dateProblem('2026-02-30', 'fr')).toBe('« 2026-02-30 » : le jour 30 n’existe pas dans ce mois (02).')
    expect(dateProblem('2026-02-30T10:00:00.000Z', 'en')).toBe('"2026-02-30T10:00:00.000Z": day 30 does not exist in that month (02).')
    expect(dateProblem('2026-04-31', 'fr')).toContain('jour 31')
    expect(dateProblem('2026-13-01', 'fr')).not.toBeNull()
    expect(dateProblem('1899-12-31T23:59:59.000Z', 'fr')).toContain('entre 1900 et 2200')
    expect(dateProblem('+099999-01-01T00:00:00.000Z', 'en')).toContain('between 1900 and 2200')
    expect(dateProblem(new Date(Date.UTC(2201, 0, 1)), 'en')).toContain('between 1900 and 2200')
    expect(dateProblem('not a date', 'fr')).toBe('« not a date » n’est pas une date.')
    expect(dateProblem(12, 'fr')).not.toBeNull()
  })

  it('accepts real dates, leap days and the limits', () => {
    for (const value of [
      '2028-02-29',
      '2026-12-31T23:59:59.999Z',
      '1900-01-01T00:00:00.000Z',
      '2200-12-31',
      '2026-03-08T02:30:00-05:00',
      new Date(),
      null,
      undefined,
      '',
    ]) {
      expect(dateProblem(value, 'fr'), String(value)).toBeNull()
    }
    expect(dateProblem('2026-02-29', 'fr')).not.toBeNull()
  })

  it('finds dates inside groups and arrays, by path', () => {
    const fields = [
      { name: 'publishAt', type: 'date' },
      { name: 'history', type: 'array', flattenedFields: [{ name: 'at', type: 'date' }] },
      { name: 'period', type: 'group', flattenedFields: [{ name: 'from', type: 'date' }] },
    ] as unknown as FlattenedField[]
    const data = { publishAt: '2026-01-01', history: [{ at: '2026-01-02' }, { at: '2026-02-30' }], period: { from: '1850-01-01' } }
    expect(fieldValueProblems(data, fields, 'fr').map((problem) => problem.path)).toEqual(['history.1.at', 'period.from'])
  })

  it('refuses an object given to a choice, at any depth; keeps texts, lists and nulls', () => {
    const fields = [
      { name: 'channel', type: 'select' },
      { name: 'replyLanguage', type: 'radio' },
      { name: 'scopes', type: 'select', hasMany: true },
      { name: 'rows', type: 'array', flattenedFields: [{ name: 'channel', type: 'select' }] },
    ] as unknown as FlattenedField[]
    const bad = { channel: { $ne: null }, replyLanguage: { $regex: '.*' }, scopes: ['x'], rows: [{ channel: 'x' }, { channel: {} }] }
    expect(fieldValueProblems(bad, fields, 'en')).toEqual([
      { path: 'channel', message: 'Choose one of the values offered (a text, not an object).' },
      { path: 'replyLanguage', message: 'Choose one of the values offered (a text, not an object).' },
      { path: 'rows.1.channel', message: 'Choose one of the values offered (a text, not an object).' },
    ])
    expect(fieldValueProblems({ channel: 'x', replyLanguage: null, scopes: ['x'] }, fields, 'fr')).toEqual([])
  })

  it('refuses a NUL character in any text, by path', () => {
    expect(nulCharacterProblems({ title: 'a\u0000b', channels: [{ text: 'ok' }, { text: '\u0000' }] }, 'en')).toEqual([
      { path: 'title', message: 'The text contains a NUL character (U+0000): remove it.' },
      { path: 'channels.1.text', message: 'The text contains a NUL character (U+0000): remove it.' },
    ])
    expect(nulCharacterProblems({ title: 'Nos ateliers', n: 3, list: ['a'] }, 'fr')).toEqual([])
  })
})
