import type { FlattenedField, Payload } from 'payload'

import { isPlainObject } from './isPlainObject'

/** Far more than any screen builds; a `where` nested deeper is refused before Payload walks it. */
export const MAX_WHERE_DEPTH = 20

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const COMPARISONS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])

type Kind = 'id' | 'number' | 'date' | 'point' | 'other' | 'not-a-path'

/** Fields a dotted path may go through; anything else (`title.title`) makes Payload fail with a 500. */
const CONTAINERS = new Set(['group', 'array', 'tab', 'blocks', 'json', 'richText', 'relationship', 'upload'])

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)

/** What a dotted path points at, when it can tell (groups, arrays, tabs, relationships followed). */
function kindOf(path: string, fields: FlattenedField[], payload: Payload, idIsNumber: boolean): Kind {
  let current = fields
  const segments = path.split('.')
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1
    if (segment === 'id') return last ? (idIsNumber ? 'id' : 'other') : 'not-a-path'
    if (segment === 'createdAt' || segment === 'updatedAt') return last ? 'date' : 'not-a-path'
    const field = current.find((candidate) => candidate.name === segment)
    if (!field) return 'other'
    if (field.type === 'relationship' || field.type === 'upload') {
      if (last) return idIsNumber && typeof field.relationTo === 'string' ? 'id' : 'other'
      if (typeof field.relationTo !== 'string') return 'other'
      current = payload.collections[field.relationTo]?.config.flattenedFields ?? []
      continue
    }
    if (last) return field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : field.type === 'point' ? 'point' : 'other'
    if (!CONTAINERS.has(field.type)) return 'not-a-path'
    if (field.type === 'json' || field.type === 'richText' || field.type === 'blocks') return 'other'
    current = (field as FlattenedField & { flattenedFields?: FlattenedField[] }).flattenedFields ?? []
  }
  return 'other'
}

function valueFits(kind: Kind, value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (kind === 'id' || kind === 'number') {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
    return typeof number === 'number' && Number.isFinite(number)
  }
  if (kind === 'date') return (typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime())
  return true
}

/**
 * Why a `where` cannot be run, or null. Payload hands unchecked values to the database: an invalid
 * date, a non-number for an ID or number, an object inside an operator, `Infinity`… and SQLite answers
 * with an error, so the request fails with a 500 instead of a 400.
 */
export function whereProblem(where: unknown, fields: FlattenedField[], payload: Payload): string | null {
  const idIsNumber = payload.db.defaultIDType === 'number'
  const stack: [unknown, number][] = [[where, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > MAX_WHERE_DEPTH) return 'nested too deep'
    if (!isPlainObject(node)) return 'not an object'
    for (const [key, condition] of Object.entries(node)) {
      if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
        if (!Array.isArray(condition)) return `${key} is not a list`
        for (const child of condition) stack.push([child, depth + 1])
        continue
      }
      if (!isPlainObject(condition)) return `${key}: no operator`
      const kind = kindOf(key, fields, payload, idIsNumber)
      if (kind === 'not-a-path') return `${key.slice(0, 60)}: not a path`
      for (const [operator, value] of Object.entries(condition)) {
        if (GEO_OPERATORS.has(operator)) {
          // Only a point field can be searched by distance or area; elsewhere the database fails (500).
          if (kind !== 'point') return `${key.slice(0, 60)}.${operator}: not a point field`
          continue
        }
        const values = LIST_OPERATORS.has(operator)
          ? Array.isArray(value)
            ? value
            : typeof value === 'string'
              ? value.split(',')
              : [value]
          : [value]
        for (const item of values) {
          if (!isScalar(item)) return `${key}.${operator}: not a plain value`
          if (COMPARISONS.has(operator) && !valueFits(kind, item))
            return `${key}.${operator}: ${JSON.stringify(item).slice(0, 40)} does not fit`
        }
      }
    }
  }
  return null
}

/** `limit`/`page` the database cannot take (objects, NaN, offsets past what SQLite counts). */
export function paginationProblem(args: { limit?: unknown; page?: unknown }): string | null {
  const { limit, page } = args
  if (limit !== undefined && limit !== null && !(typeof limit === 'number' && Number.isSafeInteger(limit) && limit >= 0)) return 'limit'
  if (page !== undefined && page !== null) {
    if (!(typeof page === 'number' && Number.isSafeInteger(page))) return 'page'
    const perPage = typeof limit === 'number' && limit > 0 ? limit : 10
    if (page > 1 && (page - 1) * perPage > 2 ** 53) return 'page'
  }
  return null
}
