import {
  APIError,
  ValidationError,
  type AfterErrorHook,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { paginationProblem, whereProblem } from './guardQuery'

/** Deeper than any form or rich text sends; Payload copies data recursively and overflows the stack near 10 000. */
export const MAX_DATA_DEPTH = 64

const TIMESTAMPS = ['createdAt', 'updatedAt'] as const

type Problem = { path: string; message: string }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The depth of the deepest value, or `limit + 1` as soon as it is exceeded (iterative: no stack to overflow). */
export function depthOf(value: unknown, limit = MAX_DATA_DEPTH): number {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    if (current === null || typeof current !== 'object') continue
    deepest = Math.max(deepest, depth)
    if (deepest > limit) return deepest
    for (const child of Object.values(current)) stack.push([child, depth + 1])
  }
  return deepest
}

/**
 * What Payload would choke on in a create/update body, before its own validation runs: a body that
 * is not an object (a string or number crashes Payload's field traversal with a 500; an array, `null`
 * or an unread body is saved as an empty change), nesting deep enough to overflow Payload's recursive
 * copy (500), e-mail fields that are not text (500), and `createdAt`/`updatedAt` that are not dates
 * (Payload stores them unchecked, and every later read of the collection fails with a 500).
 */
export function incomingDataProblems(
  data: unknown,
  req: Pick<PayloadRequest, 't'>,
  options: { fileAttached?: boolean; emailFields?: string[] } = {},
): Problem[] {
  if (data === undefined && options.fileAttached) return []
  if (!isPlainObject(data)) return [{ path: '', message: req.t('error:invalidRequestArgs', { args: 'data' }) }]
  const problems: Problem[] = []
  for (const [key, value] of Object.entries(data)) {
    if (depthOf(value) > MAX_DATA_DEPTH - 1) problems.push({ path: key, message: req.t('validation:invalidInput') })
  }
  for (const field of options.emailFields ?? []) {
    const value = data[field]
    // Payload lower-cases e-mail addresses before validating them: anything but text crashes it (500).
    if (value !== undefined && value !== null && typeof value !== 'string') problems.push({ path: field, message: req.t('validation:emailAddress') })
  }
  for (const key of TIMESTAMPS) {
    const value = data[key]
    if (value === undefined || value === null) continue
    const valid = (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime())
    if (!valid) problems.push({ path: key, message: req.t('validation:notValidDate', { value: String(value).slice(0, 50) }) })
  }
  return problems
}

/**
 * A Lexical document: `{ root: { children: [...] } }`, every node an object and every `children` a
 * list (iterative). Payload's rich-text hooks walk it before any validation and crash (500) on
 * anything else, and its validator stores a plain string as the body.
 */
export function isLexicalDocument(value: unknown): boolean {
  if (!isPlainObject(value) || !isPlainObject(value.root)) return false
  const stack: unknown[] = [value.root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!isPlainObject(node)) return false
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return false
    stack.push(...node.children)
  }
  return Array.isArray(value.root.children)
}

type OperationArgs = { data?: unknown; where?: unknown; limit?: unknown; page?: unknown }

function refuseQuery(args: OperationArgs, fields: FlattenedField[], req: PayloadRequest): void {
  const problem = (args.where !== undefined ? whereProblem(args.where, fields, req.payload) : null) ?? paginationProblem(args)
  if (problem) throw new APIError(req.t('error:invalidRequestArgs', { args: problem }), 400, null, true)
}

function dataErrors(args: OperationArgs, fields: FlattenedField[], req: PayloadRequest): Problem[] {
  // Payload spreads an upload's body into an object before this hook: the body as sent is `req.data`.
  const raw = req.data !== undefined && !isPlainObject(req.data) ? [{ path: '', message: req.t('error:invalidRequestArgs', { args: 'data' }) }] : []
  const emailFields = fields.filter((field) => field.type === 'email').map((field) => field.name)
  const problems = incomingDataProblems(args.data, req, { fileAttached: Boolean(req.file), emailFields })
  if (problems.length === 0 && isPlainObject(args.data)) {
    const data = args.data
    for (const field of fields) {
      const value = data[field.name]
      if (field.type === 'richText' && value !== undefined && value !== null && !isLexicalDocument(value)) {
        problems.push({ path: field.name, message: req.t('validation:invalidInput') })
      }
    }
  }
  return [...raw, ...problems]
}

/**
 * `beforeOperation` of every collection, first: refuses with a 400 what Payload would answer with a
 * 500 or store unchecked — bodies (`incomingDataProblems`) and `where`/`limit`/`page`.
 */
export const guardIncomingData: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const operationArgs = args as OperationArgs
  refuseQuery(operationArgs, collection.flattenedFields, req)
  if (operation !== 'create' && operation !== 'update') return args
  const errors = dataErrors(operationArgs, collection.flattenedFields, req)
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return args
}

/** The same for globals (`beforeOperation` of every global, first). */
export const guardIncomingGlobalData: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  if (operation !== 'update') return args
  const errors = dataErrors(args ?? {}, global.flattenedFields, req)
  if (errors.length > 0) throw new ValidationError({ global: global.slug, errors, req })
  return args
}

const FOREIGN_KEY_VIOLATIONS = new Set(['SQLITE_CONSTRAINT_FOREIGNKEY', '23503'])

/**
 * Config-level `afterError`: answers with a 400, not a 500, two kinds of client mistakes Payload
 * only notices too late.
 * - A malformed request (multipart with no boundary or cut short, an unparsable `_payload` or
 *   `?where=` JSON): Payload fails while reading it, before any hook. Recognised by where the error
 *   was thrown (Payload's body and parameter readers, busboy), not by its message alone.
 * - A reference to a document that does not exist: Payload never checks existence, the database's
 *   foreign key refuses it (SQLite, Postgres), and the transaction is already rolled back.
 */
export const clientMistakesAre400: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status
  if (status !== undefined && status !== 500) return
  const refuse = (message: string) => ({ status: 400, response: { errors: [{ message }] } })
  const t = typeof req.t === 'function' ? req.t : undefined
  const cause = (error as { cause?: { code?: unknown } }).cause
  if (cause && FOREIGN_KEY_VIOLATIONS.has(String(cause.code))) return refuse(t ? t('validation:invalidSelection') : 'Invalid reference')
  const stack = error.stack ?? ''
  if (/addDataAndFileToRequest|fetchAPI-multipart|[\\/]busboy[\\/]|parseParams/.test(stack)) {
    const args = stack.includes('parseParams') ? 'where' : 'body'
    return refuse(t ? t('error:invalidRequestArgs', { args }) : `Invalid ${args}`)
  }
}
