import type { Field } from 'payload'

/**
 * Generated bad request bodies for a write endpoint, from the shape of what it accepts.
 *
 * "Bad" means certainly invalid: every JSON-object payload carries at least one *breaker*, a value
 * that Payload's own field validation refuses whatever else the body holds (a text longer than the
 * limit, a `null` in a required field, a non-existent option, a non-ID in a relationship, a date
 * that does not parse…), or the body is invalid as a whole (not JSON, not an object, a content type
 * the endpoint does not read, a body sent to an endpoint that takes none). So a 2xx answer, or a
 * changed database, is a defect, never a payload that "happened to be valid".
 *
 * Around the breaker each category adds what the issue asks for: wrong types, huge strings, deep
 * nesting, `__proto__`/`constructor.prototype` keys, unknown fields, invalid dates, query operators
 * in place of values. Some of those extra values are invalid only by the application's contract
 * (a number in a select, a string in a rich text field); they are there to reach hooks that run
 * before Payload's validation, not to make the payload invalid.
 *
 * Deterministic: the same fields, operation and seed give the same payloads, byte for byte.
 */

export const BAD_PAYLOAD_CATEGORIES = [
  'wrong-type',
  'huge-string',
  'deep-nesting',
  'prototype-pollution',
  'unknown-fields',
  'invalid-date',
  'operator-injection',
  'required-missing',
  'malformed-json',
  'non-object-json',
  'wrong-content-type',
] as const
export type BadPayloadCategory = (typeof BAD_PAYLOAD_CATEGORIES)[number]

/** The generator's view of one field of a body (derived from a Payload field, or written by hand for a custom endpoint). */
export type BodyField = {
  name: string
  type:
    | 'text'
    | 'textarea'
    | 'email'
    | 'code'
    | 'number'
    | 'checkbox'
    | 'date'
    | 'select'
    | 'radio'
    | 'relationship'
    | 'array'
    | 'group'
    | 'blocks'
    | 'richText'
    | 'point'
    | 'json'
  required?: boolean
  hasDefault?: boolean
  hasMany?: boolean
  /** select/radio values */
  options?: string[]
  /** text-like fields: longer than this is refused (Payload's `defaultMaxTextLength` when not set) */
  maxLength?: number
  /** array/group sub-fields */
  fields?: BodyField[]
}

export type BadPayload = {
  category: BadPayloadCategory
  /** One line for reports: what is wrong with it. */
  summary: string
  /** The raw body, exactly as sent. */
  body: string
  contentType: string
  /** Why it is certainly invalid (the breaker's path and kind, or the body-level reason). */
  breaker: string
}

export type BadPayloadOptions = {
  fields: readonly BodyField[]
  operation: 'create' | 'update'
  seed: string
  /** default 200 */
  count?: number
  /** An upload collection: a create without a file is refused whatever the JSON says. */
  upload?: boolean
  /** The endpoint takes no body at all: any body is invalid. */
  noBody?: boolean
  /** Payload's `defaultMaxTextLength` (40 000 unless configured). */
  maxTextLength?: number
  /** How relationship IDs look: numbers (SQLite/Postgres) or strings (MongoDB ObjectIDs). */
  idType?: 'number' | 'text'
  /** How many payloads get a 1–5 MB string (the rest of `huge-string` are just over the limit). default 3 */
  megabyteStrings?: number
  /** How many payloads nest 10 000 levels deep (the rest of `deep-nesting` nest 50–1000). default 4 */
  deepestNestings?: number
  /** default 10 000 */
  maxDepth?: number
  /**
   * The endpoint stores Payload's `createdAt`/`updatedAt` (collections): a value there that is not a
   * date is a breaker too (the only one for an upload collection whose fields Payload rewrites).
   */
  timestamps?: boolean
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** FNV-1a: a stable 32-bit seed from a string. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < seed.length; index++) {
    hash ^= seed.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** mulberry32 */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed)
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Random = {
  next: () => number
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  chance: (probability: number) => boolean
}

export function random(seed: string): Random {
  const next = seededRandom(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    chance: (probability) => next() < probability,
  }
}

// ---------------------------------------------------------------------------------------------
// From Payload's field config

const NOT_WRITTEN_BY_CLIENTS = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', '_status'])

/**
 * The body fields of a collection or global, as the generator sees them: presentational wrappers
 * (rows, collapsibles, unnamed tabs) flattened, named tabs as groups, UI and join fields dropped,
 * and hidden fields and fields the sender may not write (`writable` false: field-level access)
 * dropped, because Payload silently ignores values sent there: they can neither break nor be broken.
 */
export function bodyFields(fields: readonly Field[], writable: (field: Field) => boolean = () => true): BodyField[] {
  const result: BodyField[] = []
  for (const field of fields) {
    const anyField = field as Field & Record<string, any>
    if (field.type === 'row' || field.type === 'collapsible') {
      result.push(...bodyFields(anyField.fields, writable))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of anyField.tabs as { name?: string; fields: Field[] }[]) {
        const tabFields = bodyFields(tab.fields, writable)
        if (tab.name) result.push({ name: tab.name, type: 'group', fields: tabFields })
        else result.push(...tabFields)
      }
      continue
    }
    // Hidden fields (password hash, salt, login attempts…) are not part of the API: Payload drops them.
    if (!('name' in field) || NOT_WRITTEN_BY_CLIENTS.has(field.name) || anyField.virtual || anyField.hidden) continue
    if (!writable(field)) continue
    const base = {
      name: field.name,
      required: Boolean(anyField.required),
      hasDefault: anyField.defaultValue !== undefined,
      hasMany: Boolean(anyField.hasMany),
    }
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        result.push({ ...base, type: field.type, maxLength: anyField.maxLength })
        break
      case 'number':
      case 'checkbox':
      case 'date':
      case 'richText':
      case 'point':
      case 'json':
        result.push({ ...base, type: field.type })
        break
      case 'select':
      case 'radio':
        result.push({
          ...base,
          type: field.type,
          options: (anyField.options as (string | { value: string })[]).map((option) =>
            typeof option === 'string' ? option : option.value,
          ),
        })
        break
      case 'relationship':
      case 'upload':
        result.push({ ...base, type: 'relationship' })
        break
      case 'array':
      case 'group':
        result.push({ ...base, type: field.type, fields: bodyFields(anyField.fields, writable) })
        break
      case 'blocks':
        result.push({ ...base, type: 'blocks' })
        break
      default:
        break
    }
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// Values

const TEXT_TYPES = new Set<BodyField['type']>(['text', 'textarea', 'email', 'code'])

function filler(rng: Random, length: number): string {
  // A few distinct characters (accents, quotes, a backslash) so it is not trivially compressible text.
  const alphabet = 'aé "\\<>&%_.'
  const unit = Array.from({ length: 64 }, () => rng.pick([...alphabet])).join('')
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
}

function overLimit(field: BodyField, rng: Random, maxTextLength: number): string {
  const limit = field.maxLength ?? maxTextLength
  return filler(rng, limit + rng.int(1, Math.min(limit, 20_000)))
}

/** Values Payload's validation refuses for this field whatever the rest of the body holds. */
function certainValues(
  field: BodyField,
  rng: Random,
  options: Required<Pick<BadPayloadOptions, 'maxTextLength' | 'idType'>>,
): { value: unknown; kind: string }[] {
  const values: { value: unknown; kind: string }[] = []
  const requiredNull = field.required ? [{ value: null, kind: 'null in a required field' }] : []
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      if (!field.hasMany) values.push({ value: overLimit(field, rng, options.maxTextLength), kind: 'longer than the limit' })
      if (field.required && !field.hasMany) values.push({ value: '', kind: 'empty required text' }, ...requiredNull)
      break
    case 'email':
      values.push(
        { value: 'not-an-email', kind: 'not an e-mail address' },
        { value: 'a@b', kind: 'not an e-mail address' },
        { value: '"quoted"@example.com', kind: 'not an e-mail address' },
        ...requiredNull,
      )
      break
    case 'number':
      values.push(
        // (Not `true`: Payload's number check takes it as 1.)
        { value: { $gt: 0 }, kind: 'operator object in a number' },
        { value: { value: 12 }, kind: 'object in a number' },
        ...requiredNull,
      )
      break
    case 'checkbox':
      values.push(
        { value: 12, kind: 'number in a checkbox' },
        { value: 'yes', kind: 'string in a checkbox' },
        { value: { $ne: false }, kind: 'operator object in a checkbox' },
        { value: ['x'], kind: 'array in a checkbox' },
      )
      break
    case 'date':
      values.push(
        { value: 'not a date', kind: 'invalid date' },
        { value: '2026-13-45T25:61:00Z', kind: 'invalid date' },
        { value: '31/31/2031', kind: 'invalid date' },
        { value: { $gt: '' }, kind: 'operator object in a date' },
        { value: true, kind: 'boolean in a date' },
        ...requiredNull,
      )
      break
    case 'select':
    case 'radio': {
      const bogus = `not-an-option-${rng.int(0, 9999)}`
      if (field.hasMany)
        values.push(
          { value: [bogus], kind: 'unknown option' },
          { value: [field.options?.[0] ?? 'x', bogus], kind: 'unknown option among valid ones' },
        )
      else
        values.push(
          { value: bogus, kind: 'unknown option' },
          { value: `${field.options?.[0] ?? ''} `, kind: 'option with a trailing space' },
        )
      if (field.type === 'select' && !field.hasMany) values.push({ value: [bogus], kind: 'array of unknown options in a single select' })
      if (field.required) values.push({ value: null, kind: 'null in a required field' })
      if (field.required && field.hasMany) values.push({ value: [], kind: 'no option in a required select' })
      break
    }
    case 'relationship': {
      const malformed =
        options.idType === 'number'
          ? [
              { value: 'abc', kind: 'non-numeric ID' },
              { value: { $ne: null }, kind: 'operator object as ID' },
              { value: { $gt: 0 }, kind: 'operator object as ID' },
            ]
          : [
              { value: 'not-an-object-id', kind: 'malformed ID' },
              { value: { $ne: null }, kind: 'operator object as ID' },
            ]
      for (const item of malformed) values.push(field.hasMany ? { value: [item.value], kind: item.kind } : item)
      if (field.required && !field.hasMany) values.push({ value: null, kind: 'null in a required field' })
      if (field.required && field.hasMany) values.push({ value: [], kind: 'empty required relationship' })
      break
    }
    case 'point':
      values.push({ value: ['a', 'b'], kind: 'non-numeric coordinates' }, { value: [500, 500], kind: 'coordinates out of bounds' })
      break
    case 'blocks':
      values.push({ value: [{ blockType: `no-such-block-${rng.int(0, 999)}` }], kind: 'unknown block type' })
      break
    default:
      break
  }
  return values
}

/** Values the application's contract refuses but Payload's validators may let through: noise, never the breaker. */
function contractValues(field: BodyField, rng: Random): unknown[] {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return [12345, true, { object: 'instead of text' }, ['array', 'instead', 'of', 'text']]
    case 'number':
      return ['not a number', [], '12abc']
    case 'select':
    case 'radio':
      return [12, { value: field.options?.[0] ?? 'x' }, true]
    case 'richText':
      return ['not rich text', 42, { root: 'not a node' }, { root: { children: 'not an array' } }, []]
    case 'array':
    case 'blocks':
      return ['not an array', { not: 'an array' }, [1, 2, 3], [null], [['nested']]]
    case 'group':
      return ['not an object', 12, ['not', 'an', 'object']]
    case 'json':
      return [{ $where: 'sleep(1000)' }, filler(rng, 50)]
    case 'relationship':
      return [{ id: { $ne: null } }, [{ relationTo: 'users', value: 1 }]]
    default:
      return [{ unexpected: 'object' }, ['unexpected', 'array']]
  }
}

// ---------------------------------------------------------------------------------------------
// Walking the fields

type Located = { path: string[]; field: BodyField }

function allFields(fields: readonly BodyField[], prefix: string[] = []): Located[] {
  const located: Located[] = []
  for (const field of fields) {
    const path = [...prefix, field.name]
    located.push({ path, field })
    if ((field.type === 'group' || field.type === 'array') && field.fields) {
      // An array's sub-fields live in a row: `path.0.sub`.
      located.push(...allFields(field.fields, field.type === 'array' ? [...path, '0'] : path))
    }
  }
  return located
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let current: any = target
  for (let index = 0; index < path.length - 1; index++) {
    const key = path[index]
    const nextIsRow = path[index + 1] === '0'
    if (current[key] === undefined || current[key] === null || typeof current[key] !== 'object') current[key] = nextIsRow ? [] : {}
    if (nextIsRow && !Array.isArray(current[key])) current[key] = []
    current = current[key]
  }
  const last = path[path.length - 1]
  if (Array.isArray(current) && last === '0' && (current[0] === undefined || current[0] === null)) current[0] = value
  else current[last] = value
}

// ---------------------------------------------------------------------------------------------
// Raw JSON building (for keys and depths JSON.stringify cannot or should not produce)

/** `{"a":…}` with raw members appended (already JSON text), e.g. a `__proto__` key or a 10 000-level value. */
function withRawMembers(doc: Record<string, unknown>, raw: [string, string][]): string {
  const base = JSON.stringify(doc)
  if (raw.length === 0) return base
  const extra = raw.map(([key, json]) => `${JSON.stringify(key)}:${json}`).join(',')
  return base === '{}' ? `{${extra}}` : `{${extra},${base.slice(1)}`
}

function deepJSON(depth: number, style: 'array' | 'object' | 'mixed', leaf: string): string {
  if (style === 'array') return '['.repeat(depth) + leaf + ']'.repeat(depth)
  if (style === 'object') return '{"a":'.repeat(depth) + leaf + '}'.repeat(depth)
  const half = Math.floor(depth / 2)
  return '{"children":['.repeat(half) + leaf + ']}'.repeat(half)
}

// ---------------------------------------------------------------------------------------------
// The generator

const UNKNOWN_KEYS = [
  '$where',
  '$set',
  '_id',
  '__v',
  'id',
  'hash',
  'salt',
  'isAdmin',
  'roles',
  '_status',
  'createdAt',
  'nonExistentField',
  'x'.repeat(300),
  'ключ',
  '',
  ' ',
]
const OPERATOR_VALUES: unknown[] = [
  { $ne: null },
  { $gt: '' },
  { $where: 'function () { sleep(1000); return true }' },
  { $regex: '.*' },
  { equals: 'x' },
  { like: '%' },
  { in: ['a', 'b'] },
  { exists: true },
  { or: [{ id: { exists: true } }] },
]
const INVALID_DATES = ['not a date', '2026-13-45', '0000-00-00T00:00:00Z', '31/31/2031', '2026-02-30T99:99:99', 'yesterday', '']
const MALFORMED_JSON = [
  '{',
  '{"title":',
  "{'title': 'single quotes'}",
  '{title: "unquoted key"}',
  '{"a":1,}',
  '{"a":1}}',
  'NaN',
  'undefined',
  '{"a": 01}',
  '{"a": .5}',
  '{"a": Infinity}',
  '{"a":"unterminated}',
  '<xml>not json</xml>',
  'title=x&code=y',
  '[1,2',
  '{"a":"\u0001"}',
  '//comment\n{}',
  '{"a":1} trailing',
  '\u0000',
]
const NON_OBJECT_JSON = ['[]', '[1,2,3]', '"a string"', '12', '-1', 'true', 'false', 'null', '[{"title":"x"}]', '[[[]]]', '""', '0']

export function badPayloads(options: BadPayloadOptions): BadPayload[] {
  const settings = {
    count: options.count ?? 200,
    maxTextLength: options.maxTextLength ?? 40_000,
    idType: options.idType ?? 'number',
    megabyteStrings: options.megabyteStrings ?? 3,
    deepestNestings: options.deepestNestings ?? 4,
    maxDepth: options.maxDepth ?? 10_000,
  }
  const rng = random(`${options.seed}|${options.operation}`)
  const located = allFields(options.fields)
  const breakable = located
    .map(({ path, field }) => ({ path, field, values: certainValues(field, rng, settings) }))
    .filter((entry) => entry.values.length > 0)
  if (options.timestamps) {
    for (const name of ['createdAt', 'updatedAt']) {
      const field: BodyField = { name, type: 'date' }
      breakable.push({
        path: [name],
        field,
        values: certainValues(field, rng, settings).map((value) => ({ ...value, kind: `${value.kind} (timestamp)` })),
      })
    }
  }
  const requiredWithoutDefault = options.fields.filter((field) => field.required && !field.hasDefault)
  /** The body as a whole is refused even when it is a perfectly shaped JSON object. */
  const intrinsic = options.noBody
    ? 'the endpoint takes no body'
    : options.operation === 'create' && options.upload
      ? 'an upload create without a file'
      : options.operation === 'create' && requiredWithoutDefault.length > 0
        ? `required field ${requiredWithoutDefault[0].name} missing`
        : null
  if (!intrinsic && breakable.length === 0) {
    throw new Error('badPayloads: no field can be made certainly invalid and the body itself is acceptable')
  }

  const requiredNames = new Set(requiredWithoutDefault.map((field) => field.name))
  /** Set while a payload relies on a missing required field: nothing may fill one then. */
  let keepRequiredMissing = false

  /** Nothing set there yet, and setting it cannot undo the payload's breaker. */
  const free = (doc: Record<string, unknown>, path: string[]) => !(keepRequiredMissing && requiredNames.has(path[0])) && !isSet(doc, path)

  /** Adds one certain breaker to `doc` (or relies on the intrinsic reason) and says which. */
  const addBreaker = (doc: Record<string, unknown>, filter?: (field: BodyField) => boolean): string => {
    const candidates = breakable.filter((entry) => (!filter || filter(entry.field)) && free(doc, entry.path))
    const pool = candidates.length > 0 ? candidates : breakable.filter((entry) => free(doc, entry.path))
    if (pool.length === 0 || (intrinsic && rng.chance(0.25))) {
      if (!intrinsic) throw new Error('badPayloads: no free field left for a breaker')
      keepRequiredMissing = intrinsic.startsWith('required field')
      return intrinsic
    }
    const entry = rng.pick(pool)
    const chosen = rng.pick(entry.values)
    setPath(doc, entry.path, chosen.value)
    return `${entry.path.join('.')}: ${chosen.kind}`
  }

  /** A top-level key for an extra value: a field of the body when one is free, else a made-up one. */
  const freeTopKey = (doc: Record<string, unknown>, fallback: string): string => {
    const names = options.fields.map((field) => field.name).filter((name) => free(doc, [name]))
    return names.length > 0 && rng.chance(0.7) ? rng.pick(names) : fallback
  }

  const noise = (doc: Record<string, unknown>, howMany: number) => {
    for (let index = 0; index < howMany && located.length > 0; index++) {
      const { path, field } = rng.pick(located)
      if (free(doc, path)) setPath(doc, path, rng.pick(contractValues(field, rng)))
    }
  }

  const payloads: BadPayload[] = []
  let megabytesLeft = settings.megabyteStrings
  let deepestLeft = settings.deepestNestings
  for (let index = 0; index < settings.count; index++) {
    const category = BAD_PAYLOAD_CATEGORIES[index % BAD_PAYLOAD_CATEGORIES.length]
    const doc: Record<string, unknown> = {}
    const json = 'application/json'
    keepRequiredMissing = false
    switch (category) {
      case 'wrong-type': {
        const breakers = [addBreaker(doc, (field) => !TEXT_TYPES.has(field.type))]
        if (rng.chance(0.5)) breakers.push(addBreaker(doc))
        noise(doc, rng.int(0, 3))
        payloads.push({
          category,
          summary: `wrong types (${breakers.join('; ')})`,
          body: JSON.stringify(doc),
          contentType: json,
          breaker: breakers[0],
        })
        break
      }
      case 'huge-string': {
        const megabytes = megabytesLeft > 0
        if (megabytes) megabytesLeft--
        const size = megabytes ? rng.int(1, 5) * 1024 * 1024 : rng.int(settings.maxTextLength + 1, settings.maxTextLength * 3)
        const text = filler(rng, size)
        const textFields = breakable.filter((entry) => TEXT_TYPES.has(entry.field.type) && !entry.field.hasMany)
        let breaker: string
        if (textFields.length > 0) {
          const entry = rng.pick(textFields)
          const limit = entry.field.maxLength ?? settings.maxTextLength
          setPath(doc, entry.path, text.length > limit ? text : overLimit(entry.field, rng, settings.maxTextLength))
          breaker = `${entry.path.join('.')}: longer than the limit`
        } else {
          breaker = addBreaker(doc)
          doc[freeTopKey(doc, 'huge')] = text
        }
        payloads.push({
          category,
          summary: `a ${Math.round(size / 1024)} KB string (${breaker})`,
          body: JSON.stringify(doc),
          contentType: json,
          breaker,
        })
        break
      }
      case 'deep-nesting': {
        const deepest = deepestLeft > 0
        if (deepest) deepestLeft--
        const depth = deepest ? settings.maxDepth : rng.int(50, 1000)
        const style = rng.pick(['array', 'object', 'mixed'] as const)
        const breaker = addBreaker(doc)
        const target = freeTopKey(doc, 'nested')
        const body = withRawMembers(doc, [[target, deepJSON(depth, style, rng.pick(['1', '"x"', 'null', '{}']))]])
        payloads.push({
          category,
          summary: `${depth} levels of ${style} nesting in ${target} (${breaker})`,
          body,
          contentType: json,
          breaker,
        })
        break
      }
      case 'prototype-pollution': {
        const breaker = addBreaker(doc)
        const pollution = rng.pick([
          '{"polluted":"yes","isAdmin":true,"roles":["admin"]}',
          '{"polluted":"yes","toString":"not a function"}',
          '{"polluted":"yes","constructor":{"prototype":{"polluted":"yes"}}}',
        ])
        const raw: [string, string][] = [
          [rng.pick(['__proto__', 'constructor', 'prototype']), rng.chance(0.5) ? pollution : '{"prototype":{"polluted":"yes"}}'],
        ]
        const nestedIn = located.find((entry) => entry.field.type === 'group' || entry.field.type === 'array')
        if (nestedIn && rng.chance(0.5) && free(doc, nestedIn.path.slice(0, 1))) {
          raw.push([nestedIn.path[0], nestedIn.field.type === 'array' ? `[{"__proto__":${pollution}}]` : `{"__proto__":${pollution}}`])
        }
        payloads.push({
          category,
          summary: `${raw.map(([key]) => key).join(', ')} keys (${breaker})`,
          body: withRawMembers(doc, raw),
          contentType: json,
          breaker,
        })
        break
      }
      case 'unknown-fields': {
        const breaker = addBreaker(doc)
        const keys = [...new Set(Array.from({ length: rng.int(1, 6) }, () => rng.pick(UNKNOWN_KEYS)))].filter((key) => free(doc, [key]))
        for (const key of keys) doc[key] = rng.pick([1, 'x', true, null, { $ne: null }, ['admin'], 'published', filler(rng, 100)])
        payloads.push({
          category,
          summary: `unknown fields ${keys.map((key) => JSON.stringify(key.slice(0, 20))).join(', ')} (${breaker})`,
          body: JSON.stringify(doc),
          contentType: json,
          breaker,
        })
        break
      }
      case 'invalid-date': {
        const dates = breakable.filter((entry) => entry.field.type === 'date')
        let breaker: string
        if (dates.length > 0) {
          const entry = rng.pick(dates)
          const invalid = rng.pick(INVALID_DATES.filter(Boolean))
          setPath(doc, entry.path, invalid)
          breaker = `${entry.path.join('.')}: invalid date ${JSON.stringify(invalid)}`
        } else {
          breaker = addBreaker(doc)
          const key = rng.pick(['createdAt', 'date', 'publishAt'])
          if (free(doc, [key])) doc[key] = rng.pick(INVALID_DATES)
        }
        payloads.push({ category, summary: `invalid date (${breaker})`, body: JSON.stringify(doc), contentType: json, breaker })
        break
      }
      case 'operator-injection': {
        const breaker = addBreaker(doc)
        for (let count = rng.int(1, 3); count > 0 && located.length > 0; count--) {
          const { path } = rng.pick(located)
          if (free(doc, path)) setPath(doc, path, rng.pick(OPERATOR_VALUES))
        }
        if (rng.chance(0.3) && free(doc, ['where'])) doc.where = { or: [{ id: { exists: true } }] }
        payloads.push({
          category,
          summary: `query operators as values (${breaker})`,
          body: JSON.stringify(doc),
          contentType: json,
          breaker,
        })
        break
      }
      case 'required-missing': {
        const required = breakable.filter((entry) => entry.path.length === 1 && entry.field.required)
        let breaker: string
        if (required.length > 0) {
          const entry = rng.pick(required)
          const empty = entry.field.hasMany ? [] : TEXT_TYPES.has(entry.field.type) && rng.chance(0.5) ? '' : null
          setPath(doc, entry.path, empty)
          breaker = `${entry.path.join('.')}: ${JSON.stringify(empty)} in a required field`
        } else if (intrinsic) {
          breaker = intrinsic
          keepRequiredMissing = intrinsic.startsWith('required field')
        } else {
          breaker = addBreaker(doc)
        }
        payloads.push({ category, summary: `required value missing (${breaker})`, body: JSON.stringify(doc), contentType: json, breaker })
        break
      }
      case 'malformed-json': {
        const body = MALFORMED_JSON[Math.floor(index / BAD_PAYLOAD_CATEGORIES.length) % MALFORMED_JSON.length]
        payloads.push({
          category,
          summary: `not JSON: ${JSON.stringify(body.slice(0, 30))}`,
          body,
          contentType: json,
          breaker: 'unparsable JSON',
        })
        break
      }
      case 'non-object-json': {
        const body = NON_OBJECT_JSON[Math.floor(index / BAD_PAYLOAD_CATEGORIES.length) % NON_OBJECT_JSON.length]
        payloads.push({
          category,
          summary: `JSON that is not an object: ${body}`,
          body,
          contentType: json,
          breaker: 'body is not an object',
        })
        break
      }
      case 'wrong-content-type': {
        const breaker = addBreaker(doc)
        const boundary = `----balises${rng.int(1000, 9999)}`
        const variants: { contentType: string; body: string; why: string }[] = [
          { contentType: 'multipart/form-data', body: JSON.stringify(doc), why: 'multipart without a boundary' },
          {
            contentType: `multipart/form-data; boundary=${boundary}`,
            body: `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{not json`,
            why: 'truncated multipart',
          },
          {
            contentType: `multipart/form-data; boundary=${boundary}`,
            body: `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{not json\r\n--${boundary}--\r\n`,
            why: 'multipart with an unparsable _payload',
          },
          {
            contentType: `multipart/form-data; boundary=${boundary}`,
            body: `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(doc)}\r\n--${boundary}--\r\n`,
            why: 'multipart carrying the invalid document',
          },
        ]
        // Bodies the endpoint cannot read as JSON: it then sees no data at all. Certainly invalid when
        // empty data is (a create missing a required field or a file); for an update, an unread body
        // must be refused rather than saved as an empty change: the contract says JSON.
        const unread = intrinsic ?? 'a content type the endpoint does not read'
        variants.push(
          { contentType: 'text/plain', body: JSON.stringify(doc), why: `text/plain (${unread})` },
          { contentType: 'application/x-www-form-urlencoded', body: 'title=x&_payload=%7B%7D', why: `form-urlencoded (${unread})` },
          { contentType: 'application/xml', body: '<doc><title>x</title></doc>', why: `XML (${unread})` },
          { contentType: 'application/json; charset=utf-16', body: JSON.stringify(doc), why: 'JSON declared as UTF-16' },
        )
        const variant = rng.pick(variants)
        const readable = variant.contentType.startsWith('application/json') || variant.why === 'multipart carrying the invalid document'
        payloads.push({
          category,
          summary: `${variant.why} (${breaker})`,
          body: variant.body,
          contentType: variant.contentType,
          breaker: readable ? breaker : variant.why,
        })
        break
      }
    }
  }
  return payloads
}

/** True when something is already set on this path or one of its parents (so extras never overwrite a breaker). */
function isSet(doc: Record<string, unknown>, path: string[]): boolean {
  let current: any = doc
  for (const key of path) {
    if (current === null || typeof current !== 'object') return true
    if (!(key in current)) return false
    current = current[key]
  }
  return true
}
