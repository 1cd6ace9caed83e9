/**
 * npm run bench:range — the calendar's month range read over 50,000 posts (five years).
 *
 * Calls the real `findPostsInRange` (calendar/endpoints/calendarPosts.ts) as a `redaction` account
 * (`createLocalReq({ user })`, `overrideAccess: false`) for every month of the fixture in random
 * order, after a warm-up; target: p95 ≤ 20 ms. Same-run baseline, back to back with each month
 * read: the same posts read through Payload from the main `posts` table by primary key (same
 * select, sort, person and access, same documents out), so the ratio is what finding a month by
 * date costs over fetching its posts. Variants in the same run, on the same database: today's
 * schema, each candidate index on `_posts_v` (created and dropped with raw SQL), and SQLite
 * statistics (ANALYZE) without a new index; the query plan of the statement Payload sends (caught
 * with the adapter's drizzle logger) is printed for each, and the time is split into SQL, adapter
 * and the rest of Payload's find.
 *
 * The fixture is generated once into data/bench/range-50k.db (git-ignored) and reused while its
 * schema matches (see bench/fixtures/rangeFixture.ts: rows cloned from real posts, checked through
 * Payload). Environment: BENCH_POSTS (default 50000; another count uses another file),
 * BENCH_WARMUP (default 10), BENCH_ROUNDS (default 2: each month read this many times per variant),
 * BENCH_REBUILD=1 (regenerate the fixture).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import type { Payload, PayloadRequest, Where } from 'payload'

import {
  buildBenchPayload,
  machineLine,
  median,
  positiveInt,
  prng,
  progressLogger,
  quantile,
  quietEnvironment,
  reexecWithDevelopmentCondition,
  ROOT,
  sqlRecorder,
  table,
} from './fixtures/benchPayload'
import type { FinalStatus, Generator, PostPlan, PostRows } from './fixtures/rangeFixture'

reexecWithDevelopmentCondition()
quietEnvironment()

const fixture = await import('./fixtures/rangeFixture')
const { createLocalReq } = await import('payload')
const { pushDevSchema } = await import('@payloadcms/drizzle')
const { findPostsInRange } = await import('../calendar/endpoints/calendarPosts')
const { fromWallClock, dayKey } = await import('../src/time/zonedTime')

const POSTS = positiveInt(process.env.BENCH_POSTS, 50_000)
const WARMUP = positiveInt(process.env.BENCH_WARMUP, 10)
const ROUNDS = positiveInt(process.env.BENCH_ROUNDS, 2)
const REBUILD = process.env.BENCH_REBUILD === '1'
const TARGET_P95_MS = 20
const TIME_ZONE = 'America/Toronto'
const MONTHS = 60
const FIXTURE_VERSION = 1
const FIXTURE_SEED = 20_261_125
const CHUNK = 1000

const progress = progressLogger()
const cacheDir = path.join(ROOT, 'data', 'bench')
const baseName = POSTS === 50_000 ? 'range-50k' : `range-${POSTS}`
const dbFile = path.join(cacheDir, `${baseName}.db`)
const metaFile = path.join(cacheDir, `${baseName}.json`)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balises-bench-range-'))

type Meta = {
  version: number
  complete: boolean
  posts: number
  schemaHash: string
  generatedAt: string
  from: string
  to: string
  seconds: number
}

/**
 * The candidate indexes on `_posts_v`, each created and dropped with raw SQL on the bench database.
 * Today's schema already has `_posts_v_version_version_publish_at_idx` (from `publishAt`'s
 * `index: true`) and `_posts_v_latest_idx` (Payload adds `latest` with `index: true` to every
 * drafts-enabled versions table); without statistics (no ANALYZE) SQLite takes `latest = ?` as the
 * more selective and reads every latest version.
 */
const CANDIDATES: { name: string; columns: string[]; payload: string }[] = [
  {
    name: 'bench_posts_v_latest_publish_at',
    columns: ['latest', 'version_publish_at'],
    payload:
      'not from the collection config: Payload copies `indexes` to _posts_v with every path prefixed by `version.`, and `latest` is not a field of posts. ' +
      'It takes the SQLite adapter hook `afterSchemaInit` (extendTable on schema.tables._posts_v, see bench/README.md) plus a migration.',
  },
  {
    name: 'bench_posts_v_publish_at_workflow_status',
    columns: ['version_publish_at', 'version_workflow_status'],
    payload:
      "what the collection config can add: `indexes: [{ fields: ['publishAt', 'workflowStatus'] }]` in collections/Posts.ts creates it on _posts_v " +
      '(and on posts), named `version_publishAt_version_workflowStatus_idx` (checked: schema push and migrate:create).',
  },
]

/** Removes ANALYZE's statistics (the `analyze` variant), so the other variants plan as a fresh installation does. */
const STATS_CLEANUP = ['drop table if exists sqlite_stat1', 'drop table if exists sqlite_stat4']

const sql = sqlRecorder()
let payload: Payload | null = null
let exitCode = 0

function removeCache() {
  for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, metaFile]) fs.rmSync(file, { force: true })
}

function readMeta(): Meta | null {
  try {
    return JSON.parse(fs.readFileSync(metaFile, 'utf8')) as Meta
  } catch {
    return null
  }
}

/** Hash of the tables and columns Payload's schema has (indexes left out: the bench manages those). */
function schemaHash(payload: Payload): string {
  const raw = (payload.db as unknown as { rawTables: Record<string, { columns: unknown; foreignKeys?: unknown }> }).rawTables
  const shape = Object.keys(raw)
    .sort()
    .map((name) => [name, raw[name].columns, raw[name].foreignKeys ?? null])
  return crypto.createHash('sha256').update(JSON.stringify({ FIXTURE_VERSION, shape })).digest('hex').slice(0, 16)
}

/**
 * EXPLAIN QUERY PLAN on a short-lived connection of its own: libsql leaves an EXPLAIN statement
 * open, which would keep a read transaction (an old snapshot, blind to a new index) on the
 * adapter's connection and make SQLite refuse DDL on it ("database table is locked").
 */
async function explain(statement: { sql: string; params: unknown[] }): Promise<string[]> {
  const { createClient } = await import('@libsql/client')
  const own = createClient({ url: `file:${dbFile}` })
  try {
    const { rows } = await own.execute({ sql: `explain query plan ${statement.sql}`, args: statement.params as never })
    return rows.map((row) => `${'  '.repeat(depthOf(rows, row))}${String(row.detail)}`)
  } finally {
    own.close()
  }
}

function depthOf(rows: Record<string, unknown>[], row: Record<string, unknown>): number {
  let depth = 0
  let parent = Number(row.parent)
  while (parent !== 0) {
    const up = rows.find((candidate) => Number(candidate.id) === parent)
    if (!up) break
    depth++
    parent = Number(up.parent)
  }
  return depth
}

try {
  fs.mkdirSync(cacheDir, { recursive: true })
  const before = readMeta()
  if (REBUILD || !before?.complete || before.posts !== POSTS || before.version !== FIXTURE_VERSION || !fs.existsSync(dbFile)) {
    if (fs.existsSync(dbFile) || before)
      progress(
        `cached fixture ${path.relative(ROOT, dbFile)} ${REBUILD ? 'discarded (BENCH_REBUILD=1)' : 'incomplete or from another version: discarded'}`,
      )
    removeCache()
  }
  ;({ payload } = await buildBenchPayload({ dbFile, push: false, mediaDir: path.join(tmp, 'media'), sql, timeZone: TIME_ZONE }))
  const hash = schemaHash(payload)
  let meta = readMeta()
  if (meta && meta.schemaHash !== hash) {
    // The adapter was opened without a schema push (a push on changed columns may stop and ask): start a new file.
    progress(`cached fixture built for another schema (${meta.schemaHash}, now ${hash}): discarded`)
    ;(fixture.client(payload) as unknown as { close: () => void }).close()
    ;(payload.db as unknown as { client?: unknown }).client = undefined
    removeCache()
    await payload.db.connect?.()
    meta = null
  }
  const db = fixture.client(payload)
  // Leftovers of an interrupted run, then the schema's own indexes (drizzle push: only index changes when the columns match).
  for (const candidate of CANDIDATES) await db.execute(`drop index if exists \`${candidate.name}\``)
  for (const statement of STATS_CLEANUP) await db.execute(statement)
  await pushDevSchema(payload.db as never)

  const team = await fixture.ensureTeam(payload, TIME_ZONE)
  let from: Date
  let to: Date
  if (meta?.complete) {
    from = new Date(meta.from)
    to = new Date(meta.to)
    progress(
      `reusing the cached fixture ${path.relative(ROOT, dbFile)} (${meta.posts} posts, ${meta.from.slice(0, 10)} → ${meta.to.slice(0, 10)}, generated ${meta.generatedAt} in ${meta.seconds.toFixed(0)} s)`,
    )
  } else {
    const generation = await generateFixture(payload, team)
    from = generation.from
    to = generation.to
    meta = {
      version: FIXTURE_VERSION,
      complete: true,
      posts: POSTS,
      schemaHash: hash,
      generatedAt: new Date().toISOString(),
      from: from.toISOString(),
      to: to.toISOString(),
      seconds: generation.seconds,
    }
    fs.writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`)
    progress(`fixture complete and cached in ${path.relative(ROOT, dbFile)} (${generation.seconds.toFixed(0)} s); later runs reuse it`)
  }

  // ---- the months, the person, the two reads ----
  const months: { label: string; start: Date; end: Date }[] = []
  const firstMonth = dayKey(from, TIME_ZONE).slice(0, 7)
  for (let index = 0; index < MONTHS; index++) {
    const year = Number(firstMonth.slice(0, 4)) + Math.floor((Number(firstMonth.slice(5, 7)) - 1 + index) / 12)
    const month = ((Number(firstMonth.slice(5, 7)) - 1 + index) % 12) + 1
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`
    const label = `${year}-${String(month).padStart(2, '0')}`
    months.push({ label, start: fromWallClock(`${label}-01`, TIME_ZONE), end: fromWallClock(`${next}-01`, TIME_ZONE) })
  }
  const random = prng(Date.now() & 0xffffffff)
  const order = () =>
    months
      .map((month) => ({ month, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map(({ month }) => month)

  const user = { ...team.redactions[0] }
  const freshReq = async (): Promise<PayloadRequest> => createLocalReq({ user: user as never }, payload!)
  const byRange = async (month: (typeof months)[number], req?: PayloadRequest) =>
    findPostsInRange(req ?? (await freshReq()), month.start, month.end, {})
  // The baseline: the same posts, read through Payload with the same select, sort, person and
  // access, but from the main `posts` table by primary key (draft: false). Same documents out, same
  // Payload work on them, and a lookup no `_posts_v` index can change.
  const byIds = async (ids: (number | string)[], given?: PayloadRequest) => {
    const req = given ?? (await freshReq())
    const { docs } = await req.payload.find({
      collection: 'posts',
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'publishAt',
      where: { id: { in: ids } } as Where,
      select: { title: true, publishAt: true, workflowStatus: true, channels: true, category: true, author: true },
      user: req.user,
      overrideAccess: false,
      req,
    })
    return docs
  }
  const monthIds = new Map<string, (number | string)[]>()
  for (const month of months)
    monthIds.set(
      month.label,
      (await byRange(month)).map((post) => post.id),
    )
  const counts = months.map((month) => monthIds.get(month.label)!.length)
  progress(
    `${months.length} months from ${months[0].label} to ${months[months.length - 1].label}: ${Math.min(...counts)}–${Math.max(...counts)} posts each (median ${median(counts)})`,
  )

  // The statements Payload sends, caught by the drizzle logger; and the two reads return the same documents.
  const sample = months[Math.floor(months.length / 2)]
  const sampleIds = monthIds.get(sample.label)!
  const { result: sampleRange, statements: rangeStatements } = await sql.record(() => byRange(sample))
  const { result: sampleBase, statements: idStatements } = await sql.record(() => byIds(sampleIds))
  const byId = (docs: { id: number | string }[]) => JSON.stringify([...docs].sort((a, b) => Number(a.id) - Number(b.id)))
  if (byId(sampleRange) !== byId(sampleBase))
    throw new Error(`bench: the month read and the baseline return different documents for ${sample.label}`)
  const rangeStatement = rangeStatements.find((statement) => /from "_posts_v"/.test(statement.sql))
  const idStatement = idStatements.find((statement) => /from "posts"/.test(statement.sql))
  if (!rangeStatement || !idStatement) throw new Error('bench: the statements of the reads were not logged')
  const rangeStatementFor = (month: (typeof months)[number]) => ({
    sql: rangeStatement.sql,
    params: rangeStatement.params.map((param) =>
      param === sample.start.toISOString()
        ? month.start.toISOString()
        : param === sample.end.toISOString()
          ? month.end.toISOString()
          : param,
    ),
  })
  const idStatementFor = (ids: (number | string)[]) => ({
    sql: idStatement.sql.replace(/in \((\?(, )?)+\)/, `in (${ids.map(() => '?').join(', ')})`),
    params: [...idStatement.params.slice(0, idStatement.params.length - sampleIds.length), ...ids],
  })

  // Variants: today's schema, each candidate index, and no index but SQLite statistics (ANALYZE).
  // Each is set up and undone on a second connection (see `explain`); the adapter's connection must
  // see exactly the current one before a variant is measured.
  const { createClient } = await import('@libsql/client')
  const ddl = createClient({ url: `file:${dbFile}` })
  await ddl.execute('pragma busy_timeout = 10000')
  const present = async (type: 'index' | 'table', name: string) =>
    Number(
      (await db.execute({ sql: 'select count(*) as n from sqlite_master where type = ? and name = ?', args: [type, name] })).rows[0].n,
    ) === 1
  type Variant = { key: string; label: string; apply: string[]; undo: string[]; check?: () => Promise<boolean>; payload?: string }
  const variants: Variant[] = [
    { key: 'none', label: 'schema as configured today', apply: [], undo: [] },
    ...CANDIDATES.map((candidate) => ({
      key: candidate.name,
      label: `+ index _posts_v (${candidate.columns.join(', ')})`,
      apply: [`create index \`${candidate.name}\` on \`_posts_v\` (${candidate.columns.map((column) => `\`${column}\``).join(', ')})`],
      undo: [`drop index if exists \`${candidate.name}\``],
      check: () => present('index', candidate.name),
      payload: candidate.payload,
    })),
    {
      key: 'analyze',
      label: 'no new index, ANALYZE statistics',
      apply: ['analyze'],
      undo: STATS_CLEANUP,
      check: () => present('table', 'sqlite_stat1'),
      payload:
        'no schema change: with statistics in sqlite_stat1 SQLite picks the existing version_publish_at index; they must be made once the data exist ' +
        '(ANALYZE, or PRAGMA optimize regularly / before closing), Payload never runs either',
    },
  ]
  const checkState = async (current: Variant) => {
    for (const variant of variants) {
      if (variant.check && (await variant.check()) !== (variant === current)) {
        throw new Error(
          `bench: the adapter's connection does not see the state of "${variant.label}" as expected while measuring "${current.label}"`,
        )
      }
    }
  }
  const plans = new Map<string, { range: string[]; ids: string[] }>()
  const times = new Map<
    string,
    { range: number[]; ids: number[]; sqlRange: number[]; sqlIds: number[]; paired: number[]; adapterRange: number[]; adapterIds: number[] }
  >()
  for (const variant of variants)
    times.set(variant.key, { range: [], ids: [], sqlRange: [], sqlIds: [], paired: [], adapterRange: [], adapterIds: [] })
  // Time spent inside the adapter (SQL, then rows turned into documents) during a read: Payload's
  // find calls db.queryDrafts (draft) or db.find; the rest of the call is Payload's own work
  // (access, afterRead on every document and field, select).
  let inAdapter = 0
  const adapter = payload.db as unknown as Record<'queryDrafts' | 'find', (...args: unknown[]) => Promise<unknown>>
  for (const method of ['queryDrafts', 'find'] as const) {
    const original = adapter[method]
    adapter[method] = async function (this: unknown, ...args: unknown[]) {
      const start = performance.now()
      try {
        return await original.apply(this, args)
      } finally {
        inAdapter += performance.now() - start
      }
    }
  }
  const timedSql = async (statement: { sql: string; params: unknown[] }) => {
    const start = performance.now()
    await db.execute({ sql: statement.sql, args: statement.params })
    return performance.now() - start
  }

  for (let round = 0; round < ROUNDS; round++) {
    // Variants in alternating order per round; within a variant, every month once in a fresh random
    // order, the month read and the baseline back to back (alternating which goes first).
    const roundVariants = round % 2 === 0 ? variants : [...variants].reverse()
    for (const variant of roundVariants) {
      for (const statement of variant.apply) await ddl.execute(statement)
      await checkState(variant)
      if (!plans.has(variant.key))
        plans.set(variant.key, { range: await explain(rangeStatement), ids: await explain(idStatementFor(sampleIds)) })
      const bucket = times.get(variant.key)!
      for (let index = 0; index < WARMUP; index++) {
        const month = months[index % months.length]
        await byRange(month)
        await byIds(monthIds.get(month.label)!)
      }
      for (const [position, month] of order().entries()) {
        const ids = monthIds.get(month.label)!
        const pair = { range: 0, ids: 0 }
        const adapterPair = { range: 0, ids: 0 }
        for (const which of position % 2 === 0 ? (['range', 'ids'] as const) : (['ids', 'range'] as const)) {
          const req = await freshReq()
          inAdapter = 0
          const start = performance.now()
          const docs = which === 'range' ? await byRange(month, req) : await byIds(ids, req)
          pair[which] = performance.now() - start
          adapterPair[which] = inAdapter
          if (docs.length !== ids.length)
            throw new Error(`bench: ${which} read of ${month.label} returned ${docs.length} posts, expected ${ids.length}`)
        }
        bucket.range.push(pair.range)
        bucket.ids.push(pair.ids)
        bucket.adapterRange.push(adapterPair.range)
        bucket.adapterIds.push(adapterPair.ids)
        bucket.paired.push(pair.range / pair.ids)
        bucket.sqlRange.push(await timedSql(rangeStatementFor(month)))
        bucket.sqlIds.push(await timedSql(idStatementFor(ids)))
      }
      for (const statement of variant.undo) await ddl.execute(statement)
      progress(
        `round ${round + 1}/${ROUNDS}, ${variant.label}: ${months.length} months read (median ${median(bucket.range.slice(-months.length)).toFixed(1)} ms, baseline ${median(bucket.ids.slice(-months.length)).toFixed(1)} ms)`,
      )
    }
  }
  ddl.close()

  // ---- report ----
  const ms = (value: number) => `${value.toFixed(2)} ms`
  console.log('')
  console.log(
    `bench:range — findPostsInRange (calendar/endpoints/calendarPosts.ts) as a redaction account, ${POSTS} posts over ${MONTHS} months; every month read ${ROUNDS}× per variant (random order) after ${WARMUP} warm-up reads`,
  )
  console.log(
    'baseline: the same posts read through Payload by primary key from the main `posts` table (same select, sort, person, access; same documents out): the cost of returning the month’s posts without finding them by date',
  )
  console.log('')
  console.log('SQL of the month read (drizzle logger; Payload reads drafts from the versions table, latest versions only):')
  console.log(`  ${rangeStatement.sql.replace(/\s+/g, ' ')}`)
  console.log(`  params: ${JSON.stringify(rangeStatement.params)}`)
  for (const variant of variants) {
    console.log('')
    console.log(`EXPLAIN QUERY PLAN — ${variant.label}:`)
    for (const line of plans.get(variant.key)!.range) console.log(`  month read  ${line}`)
    for (const line of plans.get(variant.key)!.ids) console.log(`  baseline    ${line}`)
  }
  console.log('')
  const rows: string[][] = [['findPostsInRange, whole call', 'median', 'p95', 'max', 'baseline med.', 'baseline p95', 'ratio of medians']]
  for (const variant of variants) {
    const bucket = times.get(variant.key)!
    rows.push([
      variant.label,
      ms(median(bucket.range)),
      ms(quantile(bucket.range, 0.95)),
      ms(Math.max(...bucket.range)),
      ms(median(bucket.ids)),
      ms(quantile(bucket.ids, 0.95)),
      (median(bucket.range) / median(bucket.ids)).toFixed(2),
    ])
  }
  console.log(table(rows))
  console.log('')
  const parts: string[][] = [
    [
      'where the time goes (medians)',
      'SQL alone',
      'in the adapter',
      'Payload around it',
      'baseline SQL',
      'baseline adapter',
      'baseline Payload',
    ],
  ]
  for (const variant of variants) {
    const bucket = times.get(variant.key)!
    parts.push([
      variant.label,
      ms(median(bucket.sqlRange)),
      ms(median(bucket.adapterRange)),
      ms(median(bucket.range.map((value, index) => value - bucket.adapterRange[index]))),
      ms(median(bucket.sqlIds)),
      ms(median(bucket.adapterIds)),
      ms(median(bucket.ids.map((value, index) => value - bucket.adapterIds[index]))),
    ])
  }
  console.log(table(parts))
  console.log(
    '  SQL alone: the statement Payload sends, run directly on the connection; in the adapter: db.queryDrafts / db.find (SQL, rows into documents);',
  )
  console.log('  Payload around it: the rest of payload.find (access, afterRead over every document and field, select)')
  console.log(`  (${months.length * ROUNDS} month reads per variant, ${median(counts)} posts a month (median))`)
  console.log('')
  for (const variant of variants) {
    const bucket = times.get(variant.key)!
    const p95 = quantile(bucket.range, 0.95)
    console.log(
      `${variant.label}: p95 ${ms(p95)} — target ≤ ${TARGET_P95_MS} ms: ${p95 <= TARGET_P95_MS ? 'MET' : 'NOT MET'}; ratio to the baseline ${(median(bucket.range) / median(bucket.ids)).toFixed(2)} (median of the paired ratios ${median(bucket.paired).toFixed(2)})`,
    )
    if (variant.payload) console.log(`    how Payload can create it: ${variant.payload}`)
  }
  const none = times.get('none')!
  for (const variant of variants.slice(1)) {
    const bucket = times.get(variant.key)!
    console.log(
      `month read with "${variant.label}" vs today: ${(median(none.range) / median(bucket.range)).toFixed(2)}× faster (whole call, medians), SQL alone ${(median(none.sqlRange) / median(bucket.sqlRange)).toFixed(2)}×`,
    )
  }
  console.log('')
  console.log(`${machineLine()}; absolute times move with the load, the ratios are the figures to compare between runs.`)
} catch (error) {
  console.error(error)
  const details = (error as { data?: { errors?: unknown[] } }).data?.errors
  if (details) console.error(JSON.stringify(details, null, 2))
  exitCode = 1
} finally {
  await payload?.destroy().catch(() => {})
  fs.rmSync(tmp, { recursive: true, force: true })
}
process.exit(exitCode)

// ---- generation ----

async function generateFixture(payload: Payload, team: Awaited<ReturnType<typeof fixture.ensureTeam>>) {
  const started = performance.now()
  const now = new Date()
  const db = fixture.client(payload)
  const tables = await fixture.postTables(payload)
  progress(`generating ${POSTS} posts into ${path.relative(ROOT, dbFile)} (once; later runs reuse it)`)

  // Templates: one real CAT-2 post per final status, through the workflow with the local API.
  const soon = (days: number) => new Date(Math.floor((now.getTime() + days * 86_400_000) / 3_600_000) * 3_600_000)
  const templates = new Map<FinalStatus, PostRows>()
  const references: number[] = []
  for (const [index, status] of fixture.FINAL_STATUSES.entries()) {
    const plan = fixture.referencePlan({
      title: `Modèle ${status}`,
      categoryCode: 'CAT-2',
      channels: ['facebook', 'instagram'],
      status,
      publishAt: soon(30 + index),
      now,
    })
    const id = await fixture.createThroughWorkflow(payload, team, plan, TIME_ZONE)
    references.push(id)
    templates.set(status, await fixture.readPostRows(payload, tables, id))
  }
  progress(
    `templates: ${fixture.FINAL_STATUSES.length} real posts taken through the workflow (${fixture.FINAL_STATUSES.join(', ')}), their rows read back`,
  )

  // Twins: posts of other categories, channels and statuses, created through the local API and generated from the templates, compared.
  const maxId = async (table: string) => Number((await db.execute(`select coalesce(max(id), 0) as id from \`${table}\``)).rows[0].id)
  let generate: Generator
  const twinPlans: [string, string[], FinalStatus, number][] = [
    ['CAT-7', ['x', 'linkedin'], 'published', 1],
    ['CAT-6', ['facebook'], 'scheduled', 2],
    ['CAT-8', ['instagram', 'facebook'], 'approved', 3],
    ['CAT-10', ['facebook'], 'published', 0],
    ['CAT-3', ['mastodon'], 'published', 1],
    ['CAT-5', ['bluesky', 'facebook'], 'unscheduled', 2],
    ['CAT-1', ['facebook'], 'draft', 3],
    ['CAT-9', ['linkedin'], 'in_review', 0],
  ]
  const twinIds: number[] = []
  const twins: { plan: PostPlan; reference: number }[] = []
  for (const [index, [categoryCode, channels, status, author]] of twinPlans.entries()) {
    const plan = fixture.referencePlan({
      title: `Jumeau ${categoryCode} ${status}`,
      categoryCode,
      channels: channels as never,
      status,
      publishAt: soon(40 + index),
      now,
      author,
    })
    twins.push({ plan, reference: await fixture.createThroughWorkflow(payload, team, plan, TIME_ZONE) })
  }
  // Generated after every reference exists: explicit ids above all of them.
  generate = fixture.generator({
    templates,
    tables,
    team,
    timeZone: TIME_ZONE,
    firstPostId: (await maxId('posts')) + 1,
    firstVersionId: (await maxId('_posts_v')) + 1,
  })
  for (const { plan, reference } of twins) {
    const twin = generate.rows(plan)
    await fixture.insertRows(payload, tables, twin.tables)
    references.push(reference)
    twinIds.push(twin.id)
    const viaApi = await fixture.readThroughPayload(payload, reference)
    const viaRows = await fixture.readThroughPayload(payload, twin.id)
    const rowsApi = await fixture.readPostRows(payload, tables, reference)
    const rowsGen = await fixture.readPostRows(payload, tables, twin.id)
    const difference =
      fixture.firstDifference(fixture.masked(viaApi), fixture.masked(viaRows)) ??
      fixture.firstDifference(fixture.masked(rowsApi), fixture.masked(rowsGen))
    if (difference)
      throw new Error(
        `bench fixture: the generated ${plan.categoryCode} ${plan.status} post differs from the one Payload wrote: ${difference}`,
      )
  }
  progress(
    `twins: ${twinPlans.length} posts (categories, channels, every status) created through the local API and generated from the templates are identical as Payload reads them (findByID draft and published, findVersions) and row by row, ids and timestamps aside`,
  )
  for (const id of [...references, ...twinIds]) await payload.delete({ collection: 'posts', id, overrideAccess: true })

  // The 50,000: five years, four before the current month and one after.
  const thisMonth = dayKey(now, TIME_ZONE).slice(0, 7)
  const fromMonth = `${Number(thisMonth.slice(0, 4)) - 4}-${thisMonth.slice(5, 7)}`
  const toMonth = `${Number(thisMonth.slice(0, 4)) + 1}-${thisMonth.slice(5, 7)}`
  const from = fromWallClock(`${fromMonth}-01`, TIME_ZONE)
  const to = fromWallClock(`${toMonth}-01`, TIME_ZONE)
  const plans = fixture.planPosts({ count: POSTS, from, to, now, seed: FIXTURE_SEED, fromWallClock, dayKey, timeZone: TIME_ZONE })
  generate = fixture.generator({
    templates,
    tables,
    team,
    timeZone: TIME_ZONE,
    firstPostId: (await maxId('posts')) + 1,
    firstVersionId: (await maxId('_posts_v')) + 1,
  })
  const statusCounts = new Map<string, number>()
  let rowCount = 0
  for (let start = 0; start < plans.length; start += CHUNK) {
    const rows: Record<string, Record<string, unknown>[]> = {}
    for (const plan of plans.slice(start, start + CHUNK)) {
      statusCounts.set(plan.status, (statusCounts.get(plan.status) ?? 0) + 1)
      for (const [name, list] of Object.entries(generate.rows(plan).tables)) (rows[name] ??= []).push(...list)
    }
    rowCount += await fixture.insertRows(payload, tables, rows)
    const done = Math.min(plans.length, start + CHUNK)
    if (done % 5000 === 0 || done === plans.length) progress(`${done}/${plans.length} posts written (${rowCount} rows)`)
  }

  // Read back: counts, and a few posts through Payload as the redaction account.
  const total = await payload.count({ collection: 'posts', overrideAccess: true })
  const latest = Number((await db.execute('select count(*) as n from `_posts_v` where latest = 1')).rows[0].n)
  if (total.totalDocs !== POSTS || latest !== POSTS)
    throw new Error(`bench fixture: expected ${POSTS} posts and latest versions, found ${total.totalDocs} and ${latest}`)
  const sampleRandom = prng(3)
  for (let index = 0; index < 5; index++) {
    const plan = plans[Math.floor(sampleRandom() * plans.length)]
    const { docs } = await payload.find({
      collection: 'posts',
      draft: true,
      depth: 0,
      where: { title: { equals: plan.title } },
      user: team.redactions[0],
      overrideAccess: false,
    })
    const doc = docs[0]
    if (
      !doc ||
      doc.workflowStatus !== plan.status ||
      doc.publishAt !== plan.publishAt.toISOString() ||
      doc.channels?.length !== plan.channels.length
    ) {
      throw new Error(`bench fixture: "${plan.title}" does not read back as planned`)
    }
  }
  progress(
    `read back: ${total.totalDocs} posts, ${latest} latest versions, 5 random posts as planned; statuses: ${[...statusCounts].map(([status, count]) => `${status} ${count}`).join(', ')}`,
  )
  return { from, to, seconds: (performance.now() - started) / 1000 }
}
