import type { FlattenedField, Payload, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { clientMistakesAre400, incomingDataProblems, isLexicalDocument, MAX_DATA_DEPTH } from '../../hooks/guardIncomingData'
import { paginationProblem, whereProblem } from '../../hooks/guardQuery'

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
    expect(incomingDataProblems({ createdAt: 'not a date', updatedAt: { $gt: '' } }, req).map((problem) => problem.path)).toEqual(['createdAt', 'updatedAt'])
    expect(incomingDataProblems({ email: { $ne: null } }, req, { emailFields: ['email'] }).map((problem) => problem.path)).toEqual(['email'])
    expect(incomingDataProblems({ email: 'a@b.ca' }, req, { emailFields: ['email'] })).toEqual([])
  })
})

describe('isLexicalDocument: the only rich-text shape Payload can walk', () => {
  it('accepts a Lexical document, empty or nested', () => {
    expect(isLexicalDocument({ root: { type: 'root', children: [] } })).toBe(true)
    expect(isLexicalDocument({ root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bonjour' }] }] } })).toBe(true)
  })
  it('refuses text, lists, a root without children and nodes that are not objects', () => {
    for (const value of ['du texte', 12, ['a'], {}, { root: 'x' }, { root: {} }, { root: { children: 'x' } }, { root: { children: ['x'] } }, { root: { children: [{ children: 3 }] } }]) {
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
    const calendar = { and: [{ publishAt: { greater_than_equal: '2026-11-01T04:00:00.000Z' } }, { or: [{ category: { in: ['2', 3] } }, { title: { like: 'ateliers' } }] }] }
    expect(whereProblem(calendar, fields, payload)).toBeNull()
    expect(whereProblem({ 'category.code': { equals: 'CAT-2' } }, fields, payload)).toBeNull()
  })

  it.each([
    [{ createdAt: { greater_than: 'not-a-date' } }, 'invalid date'],
    [{ id: { in: 'abc,def' } }, 'non-numeric ids'],
    [{ weight: { greater_than: '1e309' } }, 'infinite number'],
    [{ title: { equals: { $ne: 'x' } } }, 'operator inside a value'],
    [{ 'title.title.title': { equals: 'x' } }, 'a path through a text field'],
    [{ and: 'x' }, 'and that is not a list'],
    [{ title: 'x' }, 'no operator'],
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
  const run = (error: Error) => clientMistakesAre400({ error, req, context: {} } as never) as { status: number } | undefined

  it('answers 400 to a foreign key refused by the database and to an unreadable request body', () => {
    const foreignKey = Object.assign(new Error('Failed query: insert …'), { cause: { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' } })
    expect(run(foreignKey)?.status).toBe(400)
    const multipart = new Error('Unexpected end of form')
    multipart.stack = 'Error: Unexpected end of form\n    at Multipart._final (/app/node_modules/busboy/lib/types/multipart.js:588:17)'
    expect(run(multipart)?.status).toBe(400)
  })

  it('leaves every other server error a 500', () => {
    expect(run(new TypeError('Cannot read properties of undefined'))).toBeUndefined()
    expect(run(Object.assign(new Error('database is locked'), { cause: { code: 'SQLITE_BUSY' } }))).toBeUndefined()
  })
})
