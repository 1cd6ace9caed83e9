/**
 * npm run bench:lateness — how late scheduled posts go out under the one-minute cadence.
 *
 * Builds the bench Payload (the `balises()` plugin with its own jobs config: the task
 * `balisesPublishDuePosts` scheduled every minute on the `balises` queue, and `jobs.autoRun` every
 * minute) on a fresh temporary SQLite file, starts the real cron in-process (`getPayload({ cron:
 * true })`, as Next does on its first request), takes N valid posts through the workflow to
 * `scheduled` (redaction drafts and submits, the responsible person approves with the values
 * confirmed and schedules) with `publishAt` on whole minutes (as the admin picks HH:mm) spread over
 * four minutes, and waits until they are published (at most until the last `publishAt` + 3 min).
 *
 * Lateness of a post = `at` of its `scheduled → published` history entry − `publishAt`. Target: 99 %
 * within 60 s. Read it against the cadence and against the job's own run time (measured by wrapping
 * the task handler: duration, posts published, time per post). Checks along the way: the cron is
 * started, every post is published once (one history entry, not unscheduled).
 *
 * The first slot is at least one minute after the cron's first tick: on a fresh database that tick
 * only queues the first scheduled job (for the next minute) and runs nothing, so the bench measures
 * the steady state. BENCH_FIRST_TICK=1 measures that first minute instead: the posts are scheduled
 * with the cron still off, then the cron is started (`getPayload({ cron: true })` again, as Next's
 * first request does) so that its first tick is the first slot.
 *
 * Environment: BENCH_POSTS (default 120), BENCH_MINUTES (default 4: minutes the posts are spread
 * over), BENCH_FIRST_TICK=1.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import type { Payload, TaskConfig } from 'payload'

import {
  buildBenchPayload,
  machineLine,
  median,
  positiveInt,
  progressLogger,
  quantile,
  quietEnvironment,
  reexecWithDevelopmentCondition,
  table,
} from './fixtures/benchPayload'

reexecWithDevelopmentCondition()
quietEnvironment()

const fixture = await import('./fixtures/rangeFixture')
const { PUBLISH_TASK_SLUG } = await import('../src/jobs/publishDuePosts')
const { BALISES_QUEUE } = await import('../src/jobs/queue')

const POSTS = positiveInt(process.env.BENCH_POSTS, 120)
const SPREAD_MINUTES = positiveInt(process.env.BENCH_MINUTES, 4)
const FIRST_TICK = process.env.BENCH_FIRST_TICK === '1'
const TARGET_SECONDS = 60
const TARGET_SHARE = 0.99
const GRACE_MS = 3 * 60_000
const TIME_ZONE = 'America/Toronto'
const MINUTE = 60_000

const progress = progressLogger()
const clock = (date: Date | number) => new Date(date).toISOString().slice(11, 23)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balises-bench-lateness-'))
let payload: Payload | null = null
let exitCode = 0

type Run = { start: number; end: number; published: number; unscheduled: number; error?: string }
const runs: Run[] = []

try {
  progress(`temporary database in ${tmp}${FIRST_TICK ? ' — BENCH_FIRST_TICK=1: the first slot is the cron’s first tick' : ''}`)
  ;({ payload } = await buildBenchPayload({
    dbFile: path.join(tmp, 'lateness.db'),
    push: true,
    cron: !FIRST_TICK,
    mediaDir: path.join(tmp, 'media'),
    timeZone: TIME_ZONE,
  }))
  const startedAt = Date.now()
  let cronStart = startedAt
  const jobs = payload.config.jobs
  const task = jobs.tasks?.find((candidate) => candidate.slug === PUBLISH_TASK_SLUG) as TaskConfig | undefined
  const crons = () => (payload as unknown as { crons: { stop: () => void }[] }).crons
  const autoRun = typeof jobs.autoRun === 'function' ? '(function)' : JSON.stringify(jobs.autoRun)
  progress(
    `Payload ready at ${clock(startedAt)}: jobs.autoRun ${autoRun}, task ${task?.slug} schedule ${JSON.stringify(task?.schedule)}, scheduling ${String(jobs.scheduling)}, ${crons().length} cron(s) started in-process, JOBS_AUTORUN=${process.env.JOBS_AUTORUN ?? '(unset)'}`,
  )
  if (!task || (!FIRST_TICK && crons().length === 0))
    throw new Error('bench: the publication task or the autoRun cron is missing: getPayload({ cron: true }) started nothing')

  // Time every run of the real task (the handler is looked up in the config at run time).
  const handler = task.handler as (args: unknown) => Promise<{ output: { published: number; unscheduled: number } }>
  task.handler = (async (args: unknown) => {
    const run: Run = { start: Date.now(), end: 0, published: 0, unscheduled: 0 }
    runs.push(run)
    try {
      const result = await handler(args)
      run.published = result.output.published
      run.unscheduled = result.output.unscheduled
      return result
    } catch (error) {
      run.error = error instanceof Error ? error.message : String(error)
      throw error
    } finally {
      run.end = Date.now()
    }
  }) as TaskConfig['handler']

  // ---- the team and the posts ----
  const team = await fixture.ensureTeam(payload, TIME_ZONE)
  progress(
    `team: admin, responsable, collective, ${team.redactions.length} redaction accounts (code of conduct accepted), categories and policy seeded`,
  )
  const plan = (index: number, publishAt: Date) =>
    fixture.referencePlan({
      title: `Publication programmée ${index + 1}`,
      categoryCode: 'CAT-2',
      channels: ['facebook', 'instagram'],
      status: 'scheduled',
      publishAt,
      now: new Date(),
      author: ((index % team.redactions.length) + team.redactions.length) % team.redactions.length,
    })
  // Two posts first, far ahead (not counted), to time the workflow and pick slots the set-up cannot overrun.
  let perPost = 0
  for (let index = 0; index < 2; index++) {
    const warmStart = performance.now()
    await fixture.createThroughWorkflow(payload, team, plan(-1 - index, new Date(Date.now() + 7 * 24 * 60 * MINUTE)), TIME_ZONE)
    perPost = performance.now() - warmStart
  }
  const readyBy = Date.now() + POSTS * perPost * 1.5 + 15_000
  const firstTick = Math.ceil((cronStart + 1) / MINUTE) * MINUTE
  const firstSlot = FIRST_TICK ? Math.ceil(readyBy / MINUTE) * MINUTE : Math.max(Math.ceil(readyBy / MINUTE) * MINUTE, firstTick + MINUTE)
  const slots = Array.from({ length: SPREAD_MINUTES }, (_, index) => firstSlot + index * MINUTE)
  progress(
    `one post through the workflow takes ${perPost.toFixed(0)} ms; ${POSTS} posts go to ${slots.map((slot) => clock(slot).slice(0, 5)).join(', ')} (UTC), ${Math.ceil(POSTS / SPREAD_MINUTES)} a minute`,
  )
  const posts: { id: number; publishAt: number }[] = []
  for (let index = 0; index < POSTS; index++) {
    const publishAt = slots[index % slots.length]
    posts.push({ id: await fixture.createThroughWorkflow(payload, team, plan(index, new Date(publishAt)), TIME_ZONE), publishAt })
  }
  const setupDone = Date.now()
  if (setupDone >= firstSlot - 1000)
    throw new Error(`bench: set-up ended at ${clock(setupDone)}, too close to the first slot ${clock(firstSlot)}`)
  progress(`${POSTS} posts scheduled by ${clock(setupDone)} (${((firstSlot - setupDone) / 1000).toFixed(0)} s before the first slot)`)
  if (FIRST_TICK) {
    // Start the cron now, in the minute before the first slot, the way Next's first request does.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, firstSlot - MINUTE + 1000 - Date.now())))
    const { getPayload } = await import('payload')
    await getPayload({ config: payload.config as never, cron: true })
    cronStart = Date.now()
    if (crons().length === 0) throw new Error('bench: getPayload({ cron: true }) started no cron')
    progress(
      `cron started at ${clock(cronStart)}: its first tick is ${clock(Math.ceil(cronStart / MINUTE) * MINUTE).slice(0, 5)}, the first slot`,
    )
  }
  const cronFirstTick = Math.ceil((cronStart + 1) / MINUTE) * MINUTE

  // ---- wait: progress every minute, stop when all are published or at the deadline ----
  const lastSlot = slots[slots.length - 1]
  const deadline = lastSlot + GRACE_MS
  const ids = posts.map((post) => post.id)
  const countPublished = async () =>
    (
      await payload!.count({
        collection: 'posts',
        where: { and: [{ id: { in: ids } }, { workflowStatus: { equals: 'published' } }] },
        overrideAccess: true,
      })
    ).totalDocs
  let published = 0
  let nextReport = Math.ceil(Date.now() / MINUTE) * MINUTE + 15_000
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 2000))
    published = await countPublished()
    if (Date.now() >= nextReport || published === POSTS) {
      const due = posts.filter((post) => post.publishAt <= Date.now()).length
      const queued = await payload.find({
        collection: 'payload-jobs' as never,
        where: { queue: { equals: BALISES_QUEUE } },
        depth: 0,
        limit: 10,
        overrideAccess: true,
      })
      const pending = (queued.docs as { waitUntil?: string; processing?: boolean; completedAt?: string }[])
        .filter((job) => !job.completedAt)
        .map(
          (job) => `waitUntil ${job.waitUntil ? clock(new Date(job.waitUntil)).slice(0, 8) : '—'}${job.processing ? ' (processing)' : ''}`,
        )
      progress(
        `${published}/${POSTS} published, ${due} due; task runs so far ${runs.length} (${runs.map((run) => `${clock(run.start).slice(0, 8)}→${run.published}`).join(', ') || 'none'}); pending job ${pending.join(', ') || 'none'}`,
      )
      nextReport += MINUTE
    }
    if (published === POSTS) break
  }
  // Stop the cron before reading the results.
  for (const cron of crons()) cron.stop()

  // ---- lateness from the history ----
  type Entry = { from?: string | null; to?: string | null; at?: string | null }
  const results: { id: number; publishAt: number; publishedAt: number | null; entries: number; status: string }[] = []
  for (const post of posts) {
    const doc = await payload.findByID({ collection: 'posts', id: post.id, draft: true, depth: 0, overrideAccess: true })
    const entries = ((doc.history ?? []) as Entry[]).filter((entry) => entry.to === 'published')
    const entry = entries.find((item) => item.from === 'scheduled')
    results.push({
      id: post.id,
      publishAt: post.publishAt,
      publishedAt: entry?.at ? Date.parse(entry.at) : null,
      entries: entries.length,
      status: String(doc.workflowStatus),
    })
  }
  const done = results.filter((result) => result.publishedAt !== null)
  const lateness = done.map((result) => (result.publishedAt! - result.publishAt) / 1000)
  const within = lateness.filter((seconds) => seconds <= TARGET_SECONDS).length
  const share = within / POSTS
  const twice = results.filter((result) => result.entries > 1)
  const missing = results.filter((result) => result.publishedAt === null)
  const early = lateness.filter((seconds) => seconds < 0).length

  const s = (value: number) => `${value.toFixed(2)} s`
  console.log('')
  console.log(
    `bench:lateness — ${POSTS} scheduled posts on whole minutes over ${SPREAD_MINUTES} minutes, published by the real cron (jobs.autoRun ${autoRun}, task ${PUBLISH_TASK_SLUG} every minute on queue ${BALISES_QUEUE})`,
  )
  console.log('lateness = at of the scheduled → published history entry − publishAt')
  console.log('')
  if (lateness.length > 0) {
    console.log(
      table([
        ['lateness', 'p50', 'p95', 'p99', 'max', 'min', `within ${TARGET_SECONDS} s`],
        [
          'all posts',
          s(quantile(lateness, 0.5)),
          s(quantile(lateness, 0.95)),
          s(quantile(lateness, 0.99)),
          s(Math.max(...lateness)),
          s(Math.min(...lateness)),
          `${within}/${POSTS} (${(share * 100).toFixed(1)} %)`,
        ],
        ...slots.map((slot) => {
          const inSlot = done.filter((result) => result.publishAt === slot).map((result) => (result.publishedAt! - result.publishAt) / 1000)
          const count = results.filter((result) => result.publishAt === slot).length
          return inSlot.length
            ? [
                `  due ${clock(slot).slice(0, 5)} UTC`,
                s(quantile(inSlot, 0.5)),
                s(quantile(inSlot, 0.95)),
                s(quantile(inSlot, 0.99)),
                s(Math.max(...inSlot)),
                s(Math.min(...inSlot)),
                `${inSlot.filter((value) => value <= TARGET_SECONDS).length}/${count}`,
              ]
            : [`  due ${clock(slot).slice(0, 5)} UTC`, '—', '—', '—', '—', '—', `0/${count}`]
        }),
      ]),
    )
  }
  console.log('')
  const counted = runs.filter((run) => run.published > 0)
  console.log(
    table([
      ['task runs (the job itself)', 'started (UTC)', 'after the minute', 'duration', 'published', 'per post'],
      ...runs.map((run, index) => [
        `run ${index + 1}${run.error ? ` (failed: ${run.error.slice(0, 40)})` : ''}`,
        clock(run.start),
        s((((run.start % MINUTE) + MINUTE) % MINUTE) / 1000),
        s((run.end - run.start) / 1000),
        String(run.published),
        run.published ? `${((run.end - run.start) / run.published).toFixed(1)} ms` : '—',
      ]),
    ]),
  )
  if (counted.length) {
    const perPostRun = counted.map((run) => (run.end - run.start) / run.published)
    const start = counted.map((run) => (((run.start % MINUTE) + MINUTE) % MINUTE) / 1000)
    console.log(
      `job: median ${median(perPostRun).toFixed(1)} ms per published post, runs start ${median(start).toFixed(2)} s after the minute (median); cadence ${TARGET_SECONDS} s, so a post due on the minute waits ≈ start + its place in the run`,
    )
    console.log(
      `p99 lateness / cadence: ${(quantile(lateness, 0.99) / TARGET_SECONDS).toFixed(3)}; p99 lateness / longest run: ${(quantile(lateness, 0.99) / (Math.max(...counted.map((run) => run.end - run.start)) / 1000)).toFixed(2)}`,
    )
  }
  console.log('')
  const firstTickRan = runs.some((run) => run.start >= cronFirstTick && run.start < cronFirstTick + 30_000)
  console.log(
    `the cron's first tick (${clock(cronFirstTick).slice(0, 5)}, fresh database) ${firstTickRan ? 'ran the task' : 'ran no task: it queued the first scheduled job for the next minute (no lastScheduledRun yet)'}` +
      (FIRST_TICK ? '' : '; the first slot was after it (BENCH_FIRST_TICK=1 measures that minute)'),
  )
  console.log(
    `published: ${done.length}/${POSTS}; published twice: ${twice.length}; not published by the deadline: ${missing.length}${missing.length ? ` (${missing.map((result) => `${result.id}: ${result.status}`).join(', ')})` : ''}; published before their time: ${early}`,
  )
  const met = share >= TARGET_SHARE && missing.length === 0
  console.log(`target: ${TARGET_SHARE * 100} % within ${TARGET_SECONDS} s — ${met ? 'MET' : 'NOT MET'} (${(share * 100).toFixed(1)} %)`)
  console.log(`${machineLine()}`)
  if (twice.length || early || missing.length) exitCode = 1
  console.log(`done in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`)
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
