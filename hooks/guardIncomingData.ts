import {
  APIError,
  NotFound,
  ValidationError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { paginationProblem, whereProblem } from './guardQuery'
import { fieldValueProblems, dateProblem, nulCharacterProblems } from './incomingValues'
import { isPlainObject } from './isPlainObject'

/** Deeper than any form or rich text sends; Payload copies data recursively and overflows the stack near 10 000. */
export const MAX_DATA_DEPTH = 64

const TIMESTAMPS = ['createdAt', 'updatedAt'] as const

type Problem = { path: string; message: string }

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
  req: Pick<PayloadRequest, 't'> & { i18n?: { language?: string } },
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
    if (value !== undefined && value !== null && typeof value !== 'string')
      problems.push({ path: field, message: req.t('validation:emailAddress') })
  }
  for (const key of TIMESTAMPS) {
    const value = data[key]
    if (value === undefined || value === null) continue
    const valid = (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime())
    if (!valid) problems.push({ path: key, message: req.t('validation:notValidDate', { value: String(value).slice(0, 50) }) })
    else {
      const message = dateProblem(value, req.i18n?.language)
      if (message) problems.push({ path: key, message })
    }
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

type OperationArgs = { data?: unknown; where?: unknown; limit?: unknown; page?: unknown; id?: unknown }

/**
 * What a query on versions walks: the document's fields under `version`, and the version's own.
 * (Payload calls the hook with `read` for versions too: both sets of paths are checked then.)
 */
function versionQueryFields(fields: FlattenedField[], slug: string): FlattenedField[] {
  return [
    { name: 'version', type: 'group', fields: [], flattenedFields: fields } as unknown as FlattenedField,
    { name: 'parent', type: 'relationship', relationTo: slug } as unknown as FlattenedField,
    { name: 'latest', type: 'checkbox' } as unknown as FlattenedField,
    { name: 'autosave', type: 'checkbox' } as unknown as FlattenedField,
  ]
}

/**
 * An ID that cannot be one where IDs are numbers (`/api/posts/abc`, `1e999`): Payload hands it to
 * the database as `NaN` or `Infinity` and SQLite fails with a 500. No such document: 404.
 */
function refuseImpossibleID(args: OperationArgs, idType: string, req: PayloadRequest): void {
  if (idType !== 'number' || args.id === undefined || args.id === null) return
  const id = args.id
  const possible = typeof id === 'number' ? Number.isSafeInteger(id) : typeof id === 'string' && /^\d{1,15}$/.test(id)
  if (!possible) throw new NotFound(req.t)
}

function refuseQuery(args: OperationArgs, fields: FlattenedField[], req: PayloadRequest): void {
  const problem = (args.where !== undefined ? whereProblem(args.where, fields, req.payload) : null) ?? paginationProblem(args)
  if (problem) throw new APIError(req.t('error:invalidRequestArgs', { args: problem }), 400, null, true)
}

function dataErrors(args: OperationArgs, fields: FlattenedField[], req: PayloadRequest): Problem[] {
  // Payload spreads an upload's body into an object before this hook: the body as sent is `req.data`.
  const raw =
    req.data !== undefined && !isPlainObject(req.data) ? [{ path: '', message: req.t('error:invalidRequestArgs', { args: 'data' }) }] : []
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
    problems.push(...fieldValueProblems(data, fields, req.i18n?.language), ...nulCharacterProblems(data, req.i18n?.language))
  }
  return [...raw, ...problems]
}

/**
 * `beforeOperation` of every collection, first: refuses with a 400 what Payload would answer with a
 * 500 or store unchecked — bodies (`incomingDataProblems`) and `where`/`limit`/`page`.
 */
export const guardIncomingData: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const operationArgs = args as OperationArgs
  refuseImpossibleID(operationArgs, req.payload.collections[collection.slug]?.customIDType ?? req.payload.db.defaultIDType, req)
  const queried = collection.versions
    ? [...collection.flattenedFields, ...versionQueryFields(collection.flattenedFields, collection.slug)]
    : collection.flattenedFields
  refuseQuery(operationArgs, queried, req)
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
