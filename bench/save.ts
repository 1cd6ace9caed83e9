/**
 * npm run bench:save — what the policy rules cost on every save of a post.
 *
 * Saves a post with 4 images × 3 people through every rule (the `posts` collection, its
 * `beforeChange` hook loading the rule context and running the rules) and the same data into a
 * bare collection with the same fields and versions but no hooks and no access restrictions, in
 * the same database, interleaved in the same run. Prints the ratio of the medians (target ≤ 1.3),
 * and the number of SQL statements one save issues for a post with 1 image and with 10 images
 * (they must be equal: the rule context is loaded in a fixed number of batched queries).
 *
 * Exit code 1 when the two query counts differ (or when the set-up is wrong). The ratio is
 * reported as met or not, never tuned. Environment: BENCH_SAVES (default 100), BENCH_WARMUP
 * (default 5), BENCH_SQL=1 prints every statement of the two counted saves.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig, Config, Payload, PayloadRequest } from 'payload'

import type { Media, Person } from '../dev/payload-types'

// Node 20 can deadlock while importing Lexical (exit code 13, "unsettled top-level await", in
// about 1 run out of 6 under tsx): each `lexical`/`@lexical/*` package's "node" entry is a
// top-level `await import()` wrapper, and the wrappers import one another. The "development"
// export condition resolves straight to the modules the wrappers load (NODE_ENV is
// development below anyway), so the bench runs itself again with it.
const CONDITION = '--conditions=development'
if (!process.execArgv.includes(CONDITION)) {
  const child = spawnSync(process.execPath, [...process.execArgv, CONDITION, ...process.argv.slice(1)], { stdio: 'inherit' })
  process.exit(child.status ?? 1)
}

// Before Payload loads: push the schema (never with NODE_ENV=production), no type generation,
// no dependency check, no HMR socket, quiet logs.
Object.assign(process.env, { NODE_ENV: 'development' })
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'error'

const { lexicalEditor } = await import('@payloadcms/richtext-lexical')
const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
const { en } = await import('@payloadcms/translations/languages/en')
const { fr } = await import('@payloadcms/translations/languages/fr')
const { buildConfig, createLocalReq, getPayload } = await import('payload')
const { default: sharp } = await import('sharp')
const { balises } = await import('../src/index')
const { seed } = await import('../dev/seed/seed')
const { enforcePostRules } = await import('../hooks/enforcePostRules')
const { actorOf } = await import('../hooks/engine/actor')
const { evaluate } = await import('../hooks/engine/evaluate')
const { loadRuleContext } = await import('../hooks/engine/loadRuleContext')
const { toPostSnapshot } = await import('../hooks/engine/snapshot')
const { RULES } = await import('../hooks/rules')

const SAVES = positiveInt(process.env.BENCH_SAVES, 100)
const WARMUP = positiveInt(process.env.BENCH_WARMUP, 5)
const PRINT_SQL = process.env.BENCH_SQL === '1'
const TARGET_RATIO = 1.3
const TIME_ZONE = 'America/Toronto'
const BARE_SLUG = 'bench-bare-posts'
const PEOPLE = 12
const IMAGES = 10
const PEOPLE_PER_IMAGE = 3
const IMAGES_PER_POST = 4
const DAY = 24 * 60 * 60 * 1000

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const started = performance.now()
const progress = (line: string) => console.log(`· [${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`)

// Every SQL statement Payload issues goes through drizzle's logger (db-sqlite passes `logger` to
// drizzle in connect.js). SQLite runs without transactions here, so there is no BEGIN/COMMIT to miss.
const sqlLog = { count: 0, statements: [] as string[], keep: false }
const countingLogger = {
  logQuery(query: string) {
    sqlLog.count++
    if (sqlLog.keep) sqlLog.statements.push(query)
  },
}

/** Adds the bare collection (a copy of the resolved posts fields, no hooks, no access rules) and keeps uploads in the temp folder. */
const benchCollections =
  (staticDir: string) =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection) =>
      collection.slug === 'media' && collection.upload
        ? { ...collection, upload: { ...(collection.upload === true ? {} : collection.upload), staticDir } }
        : collection,
    )
    const posts = collections.find((collection) => collection.slug === 'posts')
    if (!posts) throw new Error('bench: the balises plugin added no "posts" collection')
    const allow = () => true
    const bare: CollectionConfig = {
      slug: BARE_SLUG,
      admin: { useAsTitle: 'title' },
      versions: copyConfig(posts.versions),
      access: { read: allow, create: allow, update: allow, delete: allow },
      fields: copyConfig(posts.fields),
    }
    return { ...config, collections: [...collections, bare] }
  }

/** A deep copy of plain config objects and arrays (functions kept): Payload sanitises fields in place. */
function copyConfig<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyConfig) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyConfig(item)])) as T
  }
  return value
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balises-bench-save-'))
let payload: Payload | null = null
let exitCode = 0

try {
  progress(`temporary database in ${tmp}`)
  const config = buildConfig({
    admin: { user: 'users', avatar: 'default', importMap: { baseDir: root, autoGenerate: false }, meta: { titleSuffix: ' — Balises' } },
    collections: [],
    editor: lexicalEditor(),
    secret: 'balises-bench-secret-not-for-production',
    typescript: { autoGenerate: false },
    db: sqliteAdapter({
      client: { url: `file:${path.join(tmp, 'bench.db')}` },
      // As the host adapter (dev/db/adapter.ts) runs a file database: write-ahead log on.
      wal: true,
      push: true,
      logger: countingLogger,
    }),
    sharp,
    i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr' },
    telemetry: false,
    logger: { options: { level: process.env.LOG_LEVEL } },
    plugins: [balises({ timeZone: TIME_ZONE }), benchCollections(path.join(tmp, 'media'))],
  })
  payload = await getPayload({ config })
  progress('Payload ready, schema pushed (posts and bench-bare-posts)')

  // ---- fixtures (system set-up) ----
  await seed(payload, { demo: false, timeZone: TIME_ZONE })
  const now = Date.now()
  await payload.create({
    collection: 'users',
    data: {
      email: 'admin@bench.balises.test',
      password: 'Bench-admin-password-1',
      name: 'Bench Admin',
      roles: ['admin'],
      codeOfConductAcceptedAt: new Date(now).toISOString(),
    },
  })
  const redactionDoc = await payload.create({
    collection: 'users',
    data: {
      email: 'redaction@bench.balises.test',
      password: 'Bench-redaction-password-1',
      name: 'Bench Rédaction',
      roles: ['redaction'],
      codeOfConductAcceptedAt: new Date(now).toISOString(),
    },
  })
  const redaction = { ...redactionDoc, collection: 'users' as const }
  const { docs: cat2 } = await payload.find({ collection: 'categories', where: { code: { equals: 'CAT-2' } }, limit: 1, depth: 0 })
  if (!cat2[0]) throw new Error('bench: the seed created no CAT-2 category')

  const people: Person['id'][] = []
  for (let index = 0; index < PEOPLE; index++) {
    const person = await payload.create({
      collection: 'people',
      data: {
        fullName: `Enfant ${index + 1}`,
        kind: 'child',
        birthDate: new Date(now - (6 + (index % 6)) * 365 * DAY).toISOString().slice(0, 10),
      },
    })
    await payload.create({
      collection: 'consents',
      data: {
        person: person.id,
        relationship: 'parent',
        signatoryName: `Parent ${index + 1}`,
        scopes: ['facebook', 'instagram'],
        validFrom: new Date(now - 30 * DAY).toISOString(),
        expiresAt: new Date(now + 730 * DAY).toISOString(),
      },
    })
    people.push(person.id)
  }
  const images: Media['id'][] = []
  const shownOn: Person['id'][][] = []
  for (let index = 0; index < IMAGES; index++) {
    const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366aa' } })
      .png()
      .toBuffer()
    const shown = Array.from({ length: PEOPLE_PER_IMAGE }, (_, offset) => people[(index * PEOPLE_PER_IMAGE + offset) % PEOPLE])
    const media = await payload.create({
      collection: 'media',
      data: { alt: `Photo ${index + 1}`, noIdentifiablePerson: false, people: shown },
      file: { data, mimetype: 'image/png', name: `bench-${index + 1}.png`, size: data.length },
    })
    images.push(media.id)
    shownOn.push(shown)
  }
  progress(
    `fixtures: categories, policy, 2 users, ${PEOPLE} children with parent consents (facebook, instagram), ${IMAGES} images × ${PEOPLE_PER_IMAGE} people`,
  )

  const postData = (mediaIds: Media['id'][]) => ({
    title: 'Nos ateliers de prévention',
    category: cat2[0].id,
    channels: [
      { channel: 'facebook', text: 'Nos animatrices offrent des ateliers de prévention dans les écoles.' },
      { channel: 'instagram', text: 'Des ateliers de prévention dans les écoles de la région, cet automne.' },
    ],
    publishAt: new Date(now + 14 * DAY).toISOString(),
    publishAt_tz: TIME_ZONE,
    media: mediaIds,
  })
  type Saved = { id: number | string; compliance?: { rule?: string | null; level?: string | null }[] | null }
  const save = (collection: string, data: Record<string, unknown>) =>
    (payload!.create as unknown as (args: object) => Promise<Saved>)({ collection, data, user: redaction, overrideAccess: false })

  const data4 = postData(images.slice(0, IMAGES_PER_POST))
  const check = await save('posts', data4)
  const findings = (check.compliance ?? []).map((row) => `${row.rule}:${row.level}`)
  if (findings.length > 0) throw new Error(`bench: the post is meant to pass every rule, but got ${findings.join(', ')}`)
  progress(`a valid CAT-2 post with ${IMAGES_PER_POST} images on facebook + instagram passes every rule (no finding)`)

  // ---- timings: interleaved, order alternating, after a warm-up of each ----
  const times = { rules: [] as number[], bare: [] as number[] }
  const paired: number[] = []
  const timed = async (which: 'rules' | 'bare') => {
    const start = performance.now()
    await save(which === 'rules' ? 'posts' : BARE_SLUG, data4)
    return performance.now() - start
  }
  for (let round = 0; round < WARMUP + SAVES; round++) {
    const record = round >= WARMUP
    const order: ('rules' | 'bare')[] = round % 2 === 0 ? ['rules', 'bare'] : ['bare', 'rules']
    const spent = { rules: 0, bare: 0 }
    for (const which of order) spent[which] = await timed(which)
    if (record) {
      times.rules.push(spent.rules)
      times.bare.push(spent.bare)
      paired.push(spent.rules / spent.bare)
    }
    if (round === WARMUP - 1) progress(`warm-up done (${WARMUP} saves of each)`)
    else if (record && (round - WARMUP + 1) % 10 === 0) progress(`${round - WARMUP + 1}/${SAVES} saves of each`)
  }

  // ---- SQL statements per save: 1 image vs 10 images ----
  const counted = async (collection: string, data: Record<string, unknown>) => {
    sqlLog.statements = []
    sqlLog.keep = true
    sqlLog.count = 0
    await save(collection, data)
    const result = { count: sqlLog.count, statements: sqlLog.statements }
    sqlLog.keep = false
    return result
  }
  const data1 = postData(images.slice(0, 1))
  const data10 = postData(images.slice(0, IMAGES))
  const rules1 = await counted('posts', data1)
  const rules10 = await counted('posts', data10)
  const bare1 = await counted(BARE_SLUG, data1)
  const bare10 = await counted(BARE_SLUG, data10)
  progress(
    `SQL statements per save counted: rules ${rules1.count} / ${rules10.count}, bare ${bare1.count} / ${bare10.count} (1 / 10 images)`,
  )

  // ---- where the rules' time goes: the hook's parts, called directly on the same data ----
  const user = { ...redaction }
  const freshReq = async () => createLocalReq({ user: user as never }, payload!)
  const snapshot = toPostSnapshot({ ...data4, workflowStatus: 'draft' })
  const postsCollection = payload.collections.posts.config
  const parts = { context: [] as number[], rules: [] as number[], hook: [] as number[] }
  const perRule = new Map<string, number[]>(RULES.map((rule) => [rule.id, []]))
  const contextQueries: Record<string, number> = {}
  for (const [label, data] of [
    ['1', data1],
    ['10', data10],
  ] as const) {
    const req = await freshReq()
    sqlLog.count = 0
    await loadRuleContext(toPostSnapshot({ ...data, workflowStatus: 'draft' }), req, { actor: actorOf(req), transition: null })
    contextQueries[label] = sqlLog.count
  }
  for (let round = 0; round < WARMUP + SAVES; round++) {
    const record = round >= WARMUP
    let req: PayloadRequest = await freshReq()
    const start = performance.now()
    const context = await loadRuleContext(snapshot, req, { actor: actorOf(req), transition: null })
    const loaded = performance.now()
    evaluate(snapshot, context, { target: 'draft', overriddenRules: [] })
    const ruled = performance.now()
    for (const rule of RULES) {
      const ruleStart = performance.now()
      rule.check(snapshot, context)
      if (record) perRule.get(rule.id)!.push(performance.now() - ruleStart)
    }
    req = await freshReq()
    const hookStart = performance.now()
    await enforcePostRules({
      collection: postsCollection,
      context: req.context,
      data: { ...data4, workflowStatus: 'draft', valuesConfirmed: false },
      operation: 'create',
      originalDoc: undefined,
      req,
    } as Parameters<typeof enforcePostRules>[0])
    const hookEnd = performance.now()
    if (record) {
      parts.context.push(loaded - start)
      parts.rules.push(ruled - loaded)
      parts.hook.push(hookEnd - hookStart)
    }
  }
  // Each system read of loadRuleContext alone, with the same arguments (see hooks/engine/loadRuleContext.ts).
  const system = { overrideAccess: true, depth: 0, pagination: false, limit: 0 } as const
  const personIds = [...new Set(shownOn.slice(0, IMAGES_PER_POST).flat().map(String))]
  const reads: [string, (req: PayloadRequest) => Promise<unknown>][] = [
    ['categories', (req) => payload!.find({ ...system, req, collection: 'categories', where: { id: { equals: cat2[0].id } } })],
    [
      `media (${IMAGES_PER_POST})`,
      (req) => payload!.find({ ...system, req, collection: 'media', where: { id: { in: images.slice(0, IMAGES_PER_POST) } } }),
    ],
    ['policy (global)', (req) => payload!.findGlobal({ slug: 'policy', req, overrideAccess: true, depth: 0 })],
    [`people (${personIds.length})`, (req) => payload!.find({ ...system, req, collection: 'people', where: { id: { in: personIds } } })],
    [
      `consents (${personIds.length})`,
      (req) => payload!.find({ ...system, req, collection: 'consents', where: { person: { in: personIds } } }),
    ],
  ]
  const readTimes = new Map<string, number[]>(reads.map(([label]) => [label, []]))
  for (let round = 0; round < WARMUP + SAVES; round++) {
    for (const [label, read] of reads) {
      const req = await freshReq()
      const start = performance.now()
      await read(req)
      if (round >= WARMUP) readTimes.get(label)!.push(performance.now() - start)
    }
  }
  progress('profile of the hook done')

  // ---- report ----
  const rulesMedian = median(times.rules)
  const bareMedian = median(times.bare)
  const ratio = rulesMedian / bareMedian
  const met = ratio <= TARGET_RATIO
  const equal = rules1.count === rules10.count
  const ms = (value: number) => `${value.toFixed(2)} ms`
  const cpus = os.cpus().length
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

  console.log('')
  console.log(
    `bench:save — ${SAVES} creates of each after ${WARMUP} warm-up, interleaved; post: CAT-2, ${IMAGES_PER_POST} images × ${PEOPLE_PER_IMAGE} people, facebook + instagram`,
  )
  console.log('')
  console.log(
    table([
      ['per save', 'median', 'p95', 'min'],
      ['posts (all rules)', ms(rulesMedian), ms(quantile(times.rules, 0.95)), ms(Math.min(...times.rules))],
      [`${BARE_SLUG} (no hooks)`, ms(bareMedian), ms(quantile(times.bare, 0.95)), ms(Math.min(...times.bare))],
    ]),
  )
  console.log('')
  console.log(
    `ratio of medians (rules / bare): ${ratio.toFixed(2)}  target ≤ ${TARGET_RATIO}: ${met ? 'MET' : 'NOT MET'}  (rules add ${ms(rulesMedian - bareMedian)} a save)`,
  )
  console.log(`median of the paired ratios (each round's rules / bare save, back to back): ${median(paired).toFixed(2)}`)
  console.log('')
  console.log(
    table([
      ['SQL statements in one save', '1 image', `${IMAGES} images`, 'equal'],
      ['posts (all rules)', String(rules1.count), String(rules10.count), equal ? 'yes' : 'NO'],
      [`${BARE_SLUG} (reference)`, String(bare1.count), String(bare10.count), bare1.count === bare10.count ? 'yes' : 'no'],
      [
        'of which loadRuleContext',
        String(contextQueries['1']),
        String(contextQueries['10']),
        contextQueries['1'] === contextQueries['10'] ? 'yes' : 'no',
      ],
    ]),
  )
  console.log('')
  console.log(
    table([
      ['the hook, called directly (4 images)', 'median', 'p95'],
      ['loadRuleContext (database reads)', ms(median(parts.context)), ms(quantile(parts.context, 0.95))],
      ['evaluate (the 12 rules)', ms(median(parts.rules)), ms(quantile(parts.rules, 0.95))],
      ['enforcePostRules (whole hook)', ms(median(parts.hook)), ms(quantile(parts.hook, 0.95))],
    ]),
  )
  const slowest = [...perRule].map(([id, values]) => [id, median(values)] as const).sort((a, b) => b[1] - a[1])
  console.log(
    `loadRuleContext's reads by median time, each run alone: ${[...readTimes].map(([label, values]) => `${label} ${median(values).toFixed(2)}`).join(', ')} (ms)`,
  )
  console.log(`rules by median time, each run alone: ${slowest.map(([id, value]) => `${id} ${value.toFixed(2)}`).join(', ')} (ms)`)
  console.log('')
  console.log(`machine: ${cpus} cores (shared, noisy), load ${load}; absolute times vary from run to run, the ratio is the figure to read.`)

  if (!equal || PRINT_SQL) {
    console.log('')
    console.log('statements of the counted saves through posts (1 image | 10 images), grouped:')
    const groups = new Map<string, [number, number]>()
    for (const [column, statements] of [
      [0, rules1.statements],
      [1, rules10.statements],
    ] as const) {
      for (const statement of statements) {
        // One key per statement shape: a list of placeholders or of value rows counts as one.
        const key = statement
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/\?(, \?)*/g, '?…')
          .replace(/values (\([^()]*\))(, \([^()]*\))*/g, 'values $1…')
        const row = groups.get(key) ?? [0, 0]
        row[column]++
        groups.set(key, row)
      }
    }
    for (const [key, [one, ten]] of groups) {
      console.log(
        `${one !== ten ? '≠' : ' '} ${String(one).padStart(3)} | ${String(ten).padStart(3)}  ${key.length > 150 ? `${key.slice(0, 150)}…` : key}`,
      )
    }
  }
  if (!equal) {
    console.log('')
    console.log(
      `FAIL: a save issues ${rules1.count} statements with 1 image but ${rules10.count} with ${IMAGES}: some query runs per image or per person.`,
    )
    exitCode = 1
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await payload?.destroy().catch(() => {})
  fs.rmSync(tmp, { recursive: true, force: true })
}
process.exit(exitCode)

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  return [line(rows[0]), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n')
}
