import { random } from './badPayloads'

export const BAD_QUERY_CATEGORIES = [
  'operator-injection',
  'deep-nesting',
  'prototype-pollution',
  'bad-parameters',
  'hidden-fields',
  'invalid-values',
] as const
export type BadQueryCategory = (typeof BAD_QUERY_CATEGORIES)[number]
export type BadQuery = { category: BadQueryCategory; /** without the leading `?` */ query: string; summary: string }

export type BadQueryOptions = {
  /** Paths that may be queried (`title`, `channels.channel`, `author`…). */
  fields: readonly string[]
  /** Fields that must never be queryable nor returned (`hash`, `salt`, `author.hash`…). */
  hiddenFields?: readonly string[]
  seed: string
  /** default 60 */
  count?: number
}

const enc = encodeURIComponent

/**
 * Hostile query strings for a list endpoint: MongoDB/SQL-style operators inside `where`, `where`
 * nested far deeper than any form sends, `__proto__`/`constructor` keys, out-of-range or non-numeric
 * `limit`/`page`/`depth`, sorts and selects on hidden fields, invalid values. Reads: the endpoint may
 * answer 2xx (without more data than the reader may see) or 4xx, never 5xx. Deterministic.
 */
export function badQueries(options: BadQueryOptions): BadQuery[] {
  const rng = random(`${options.seed}|queries`)
  const count = options.count ?? 60
  const fields = options.fields.length > 0 ? options.fields : ['id']
  const hidden = options.hiddenFields?.length ? options.hiddenFields : ['hash']
  const field = () => rng.pick(fields)
  const makers: Record<BadQueryCategory, (() => [string, string])[]> = {
    'operator-injection': [
      () => {
        const f = field()
        return [`where[${f}][$where]=${enc('sleep(1000) || true')}`, `$where on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][$ne]=`, `$ne on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][$gt]=`, `$gt on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][$regex]=${enc('.*')}`, `$regex on ${f}`]
      },
      () => ['where[or][0][id][like]=%25', 'or/id like %'],
      () => {
        const f = field()
        return [`where[${f}][like]=%25`, `like % on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][in][$ne]=x`, `operator inside in on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][equals][$ne]=x`, `operator inside equals on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][not_in][0][$gt]=`, `operator inside not_in on ${f}`]
      },
      () => {
        const f = field()
        return [`where[$or][0][${f}][equals]=x`, `$or on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][equals]=${enc("x' OR '1'='1")}`, `SQL quote on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][like]=${enc("%' OR 1=1 --")}`, `SQL comment on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][no_such_operator]=x`, `unknown operator on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}]=x`, `no operator on ${f}`]
      },
      () => ['where[and]=x', 'and as a string'],
      () => ['where[or]=1', 'or as a number'],
      () => ['where=x', 'where as a string'],
      () => {
        const f = field()
        return [`where[${f}][near]=1,2,3`, `near on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][within]=x`, `within on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][exists]=maybe`, `exists=maybe on ${f}`]
      },
    ],
    'deep-nesting': [
      () => {
        const depth = rng.int(10, 2000)
        return [`where${'[and][0]'.repeat(depth)}[id][exists]=true`, `${depth} nested and`]
      },
      () => {
        const depth = rng.int(10, 2000)
        return [`where${'[or][0]'.repeat(depth)}[id][exists]=true`, `${depth} nested or`]
      },
      () => {
        const depth = rng.int(10, 500)
        const f = field()
        return [`where[${Array.from({ length: depth }, () => f).join('.')}][equals]=x`, `${depth}-segment path`]
      },
      () => {
        const depth = rng.int(10, 500)
        return [`where[id][equals]${'[a]'.repeat(depth)}=1`, `${depth} levels under equals`]
      },
    ],
    'prototype-pollution': [
      () => ['where[__proto__][polluted]=1', 'where.__proto__'],
      () => ['where[constructor][prototype][polluted]=1', 'where.constructor.prototype'],
      () => ['__proto__[polluted]=1', '__proto__ parameter'],
      () => ['constructor[prototype][polluted]=1', 'constructor.prototype parameter'],
      () => ['sort=__proto__', 'sort=__proto__'],
      () => ['sort=constructor', 'sort=constructor'],
      () => ['select[__proto__][polluted]=true', 'select.__proto__'],
      () => ['populate[__proto__][polluted]=true', 'populate.__proto__'],
      () => ['where[or][__proto__][polluted]=1', 'where.or.__proto__'],
      () => {
        const f = field()
        return [`where[${f}][__proto__][polluted]=1`, `__proto__ as operator on ${f}`]
      },
    ],
    'bad-parameters': [
      () => ['limit=-1', 'limit=-1'],
      () => ['limit=abc', 'limit=abc'],
      () => ['limit=1e309', 'limit=1e309'],
      () => ['limit=99999999999999999999', 'huge limit'],
      () => ['limit[$gt]=1', 'limit as an object'],
      () => ['depth=1000', 'depth=1000'],
      () => ['depth=-1', 'depth=-1'],
      () => ['depth=abc', 'depth=abc'],
      () => ['page=abc', 'page=abc'],
      () => ['page=0', 'page=0'],
      () => ['page=-5', 'page=-5'],
      () => ['page=1e20', 'page=1e20'],
      () => ['sort=no_such_field', 'sort on an unknown field'],
      () => ['sort=-', 'sort=-'],
      () => ['sort=--id', 'sort=--id'],
      () => [`sort=${Array.from({ length: 200 }, () => field()).join(',')}`, '200 sort fields'],
      () => ['select=abc', 'select as a string'],
      () => ['draft=maybe', 'draft=maybe'],
      () => ['locale=..%2F..%2Fetc', 'path in locale'],
      () => ['pagination=maybe&limit=0', 'pagination=maybe'],
      () => ['trash=maybe', 'trash=maybe'],
      () => ['joins[x][limit]=-1', 'unknown join'],
      () => [`limit=0&depth=10&where[id][exists]=true`, 'everything, deep'],
    ],
    'hidden-fields': [
      () => {
        const f = rng.pick(hidden)
        return [`where[${f}][exists]=true`, `exists on hidden ${f}`]
      },
      () => {
        const f = rng.pick(hidden)
        return [`where[${f}][like]=a`, `like on hidden ${f}`]
      },
      () => {
        const f = rng.pick(hidden)
        return [`sort=${f}`, `sort on hidden ${f}`]
      },
      () => {
        const f = rng.pick(hidden)
        return [`select[${f}]=true`, `select hidden ${f}`]
      },
      () => {
        const f = rng.pick(hidden)
        return [`where[or][0][${f}][equals]=x`, `or on hidden ${f}`]
      },
    ],
    'invalid-values': [
      () => ['where[createdAt][greater_than]=not-a-date', 'invalid date'],
      () => ['where[updatedAt][less_than]=2026-13-45', 'invalid date'],
      () => ['where[id][equals]=abc', 'non-numeric id'],
      () => ['where[id][in]=abc,def', 'non-numeric ids'],
      () => ['where[id][greater_than]=1e309', 'infinite id'],
      () => {
        const f = field()
        return [`where[${f}][equals]=%00`, `NUL byte on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][equals]=${'x'.repeat(rng.int(10_000, 60_000))}`, `long value on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][in]=${Array.from({ length: 1000 }, (_, index) => index).join(',')}`, `1000 values in in on ${f}`]
      },
      () => {
        const f = field()
        return [`where[${f}][equals]=%ED%A0%80%FF`, `invalid UTF-8 on ${f}`]
      },
    ],
  }
  const queries: BadQuery[] = []
  for (let index = 0; index < count; index++) {
    const category = BAD_QUERY_CATEGORIES[index % BAD_QUERY_CATEGORIES.length]
    const [query, summary] = rng.pick(makers[category])()
    queries.push({ category, query, summary })
  }
  return queries
}
