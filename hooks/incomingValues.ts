import type { FlattenedField } from 'payload'

import { isValidDate } from '../src/time/days'
import { translate } from '../src/translations'
import { isPlainObject } from './isPlainObject'

export const MIN_YEAR = 1900
export const MAX_YEAR = 2200

type Problem = { path: string; message: string }

const ISO_DATE = /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?=$|T)/

/**
 * Why a date value cannot be stored as sent, or null. JavaScript shifts impossible days
 * (`2026-02-30` becomes 2 March) and takes any year: both are refused, not corrected.
 */
export function dateProblem(value: unknown, language: string | undefined): string | null {
  if (value === null || value === undefined || value === '') return null
  const shown = String(value instanceof Date ? value.toISOString() : value).slice(0, 40)
  if (typeof value !== 'string' && !(value instanceof Date)) return translate(language, 'incoming:notADate', { value: shown })
  const parsed = new Date(value)
  if (Number.isNaN(parsed.getTime())) return translate(language, 'incoming:notADate', { value: shown })
  const written = typeof value === 'string' ? ISO_DATE.exec(value.trim()) : null
  const year = written ? Number(written[1]) : parsed.getUTCFullYear()
  if (year < MIN_YEAR || year > MAX_YEAR) return translate(language, 'incoming:yearOutOfRange', { value: shown })
  if (written) {
    const month = Number(written[2])
    const day = Number(written[3])
    if (!isValidDate(year, month, day)) return translate(language, 'incoming:impossibleDay', { value: shown, day, month: written[2] })
  }
  return null
}

/**
 * Every date field of a body (groups, arrays and blocks followed) whose value is refused by
 * `dateProblem`, and every choice (select, radio) given an object: Payload's own check lets
 * `{ "$ne": null }` through to the database (500).
 */
export function fieldValueProblems(
  data: Record<string, unknown>,
  fields: FlattenedField[],
  language: string | undefined,
  prefix = '',
): Problem[] {
  const problems: Problem[] = []
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const path = `${prefix}${field.name}`
    if (field.type === 'date') {
      const message = dateProblem(value, language)
      if (message) problems.push({ path, message })
    } else if ((field.type === 'select' || field.type === 'radio') && typeof value === 'object' && !Array.isArray(value)) {
      problems.push({ path, message: translate(language, 'incoming:notAChoice') })
    } else if (field.type === 'group' && isPlainObject(value)) {
      problems.push(...fieldValueProblems(value, field.flattenedFields, language, `${path}.`))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        if (isPlainObject(row)) problems.push(...fieldValueProblems(row, field.flattenedFields, language, `${path}.${index}.`))
      })
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const block = isPlainObject(row) ? field.blocks.find((candidate) => candidate.slug === row.blockType) : undefined
        if (block && isPlainObject(row)) problems.push(...fieldValueProblems(row, block.flattenedFields, language, `${path}.${index}.`))
      })
    }
  }
  return problems
}

/**
 * Every text in a body that holds a NUL character (iterative, any depth): SQLite and every
 * network cut text there, so what is stored would not be what was checked.
 */
export function nulCharacterProblems(data: unknown, language: string | undefined): Problem[] {
  const problems: Problem[] = []
  const stack: [unknown, string][] = [[data, '']]
  while (stack.length > 0) {
    const [value, path] = stack.pop()!
    if (typeof value === 'string') {
      if (value.includes('\u0000')) problems.push({ path, message: translate(language, 'incoming:nulCharacter') })
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) stack.push([child, path ? `${path}.${key}` : key])
    }
  }
  return problems.reverse()
}
