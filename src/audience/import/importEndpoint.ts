import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { toDayInstant } from '../../time/storedDay'
import { audienceRowSchema, type AudienceRow } from '../csv/rowSchema'
import { isManager } from '../../access/isManager'
import { translate, type TranslationKey } from '../../translations'
import { planRow, rowKey, type StoredFigures } from './plan'
import type { CommitAnswer, ImportErrorAnswer, PreviewAnswer } from './types'
import { slugsOf } from '../../slugs'

export const MAX_ROWS_PER_REQUEST = 500

const envelope = z.object({ mode: z.enum(['preview', 'commit']), rows: z.array(z.unknown()) })

type Say = (key: TranslationKey, variables?: Record<string, string | number>) => string
type Numbered = AudienceRow & { line: number }

function answer(status: number, errors: ImportErrorAnswer['errors']): Response {
  return Response.json({ errors } satisfies ImportErrorAnswer, { status })
}

/** Every row checked with the parser's own schema, and no channel and day twice: errors name file lines. */
function checkRows(rows: unknown[], say: Say): { rows: Numbered[]; errors: ImportErrorAnswer['errors'] } {
  const errors: ImportErrorAnswer['errors'] = []
  const valid: Numbered[] = []
  const firstLineOf = new Map<string, number>()
  rows.forEach((raw, index) => {
    const given = (raw as { line?: unknown } | null)?.line
    const line = Number.isInteger(given) && (given as number) > 0 ? (given as number) : index + 1
    const checked = audienceRowSchema.safeParse(raw)
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0] ?? '')
        const value = raw && typeof raw === 'object' && field in raw ? (raw as Record<string, unknown>)[field] : ''
        const message = issue.message.startsWith('csvImport:')
          ? say(issue.message as TranslationKey, { value: String(value) })
          : say('csvImport:invalidRow')
        errors.push({ line, path: `rows.${index}${field ? `.${field}` : ''}`, message: say('csvImport:lineError', { line, message }) })
      }
      return
    }
    const row = { ...checked.data, line }
    const first = firstLineOf.get(rowKey(row))
    if (first !== undefined) {
      const channel = say(`channels:${row.channel}`)
      errors.push({
        line,
        path: `rows.${index}`,
        message: say('csvImport:lineError', { line, message: say('csvImport:duplicateRow', { channel, date: row.date, first }) }),
      })
      return
    }
    firstLineOf.set(rowKey(row), line)
    valid.push(row)
  })
  return { rows: valid, errors }
}

const FIGURES = { id: true, channel: true, date: true, followers: true, pageLikes: true, reach: true, engagement: true } as const

/** What is stored for these rows' channels and days, as the person may read it. */
async function storedFor(req: PayloadRequest, rows: Numbered[]): Promise<Map<string, StoredFigures>> {
  if (rows.length === 0) return new Map()
  const channels = [...new Set(rows.map((row) => row.channel))]
  const days = [...new Set(rows.map((row) => toDayInstant(row.date)!))]
  const { docs } = await req.payload.find({
    collection: slugsOf(req).audienceSnapshots,
    // `equals` per day rather than `in`: MongoDB's adapter turns only single date strings into dates.
    where: { and: [{ channel: { in: channels } }, { or: days.map((day) => ({ date: { equals: day } })) }] },
    select: FIGURES,
    pagination: false,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return new Map((docs as StoredFigures[]).map((doc) => [rowKey(doc), doc]))
}

function errorText(error: unknown): string {
  const listed = (error as { data?: { errors?: { message?: string }[] } }).data?.errors?.map((item) => item.message).filter(Boolean)
  return listed?.length ? listed.join(' · ') : (error as Error).message
}

/**
 * Creates or updates one snapshot. When the day's row appears between our read and our create (another
 * import at the same moment), the unique index refuses the create; the row is then read again and
 * compared like any existing one.
 */
async function upsert(
  req: PayloadRequest,
  row: Numbered,
  stored: StoredFigures | undefined,
  retried = false,
): Promise<'created' | 'updated' | 'unchanged'> {
  const { action, changes } = planRow(row, stored)
  if (action === 'unchanged') return 'unchanged'
  const figures = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.new]))
  if (action === 'update') {
    await req.payload.update({
      collection: slugsOf(req).audienceSnapshots,
      id: stored!.id,
      data: { ...figures, source: 'import' },
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    return 'updated'
  }
  try {
    await req.payload.create({
      collection: slugsOf(req).audienceSnapshots,
      data: { channel: row.channel, date: toDayInstant(row.date)!, followers: row.followers, ...figures, source: 'import' },
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    return 'created'
  } catch (error) {
    if (retried || ((error as { status?: number }).status ?? 500) >= 500) throw error
    const now = (await storedFor(req, [row])).get(rowKey(row))
    if (!now) throw error
    return upsert(req, row, now, true)
  }
}

/**
 * POST /api/audience-snapshots/import { mode, rows } (GOV-3), for the responsible person and
 * administrators. `rows` are the parser's normalized rows, at most 500 a request, checked again
 * here; one bad row refuses the whole request (400, by line) before anything is written.
 * `preview` says what each row would do (create, update — old and new followers — or nothing);
 * `commit` writes, as the person: one snapshot per channel and day, updated when it exists.
 */
export const audienceImportEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const say: Say = (key, variables) => translate(req.i18n?.language, key, variables)
    if (!req.user) return answer(401, [{ message: say('csvImport:notSignedIn') }])
    if (!isManager(req.user)) return answer(403, [{ message: say('csvImport:notAllowed') }])

    const body = envelope.safeParse(await req.json?.().catch(() => null))
    if (!body.success) {
      return answer(
        400,
        body.error.issues.map((issue) => ({ path: issue.path.join('.'), message: say('csvImport:invalidBody') })),
      )
    }
    const { mode } = body.data
    if (body.data.rows.length === 0) return answer(400, [{ path: 'rows', message: say('csvImport:noRows') }])
    if (body.data.rows.length > MAX_ROWS_PER_REQUEST) {
      return answer(400, [
        { path: 'rows', message: say('csvImport:tooManyRows', { max: MAX_ROWS_PER_REQUEST, count: body.data.rows.length }) },
      ])
    }
    const { rows, errors } = checkRows(body.data.rows, say)
    if (errors.length > 0) return answer(400, errors)

    const stored = await storedFor(req, rows)
    if (mode === 'preview') {
      const counts = { create: 0, update: 0, unchanged: 0 }
      const preview = rows.map((row) => {
        const before = stored.get(rowKey(row))
        const { action, changes } = planRow(row, before)
        counts[action]++
        return {
          line: row.line,
          channel: row.channel,
          date: row.date,
          action,
          followers: { old: before?.followers ?? null, new: row.followers },
          changes,
        }
      })
      return Response.json({ mode, rows: preview, counts } satisfies PreviewAnswer)
    }

    const result: CommitAnswer = { mode, created: 0, updated: 0, unchanged: 0, failed: [] }
    // One at a time: SQLite has one writer, and each row's outcome is known before the next.
    for (const row of rows) {
      try {
        result[await upsert(req, row, stored.get(rowKey(row)))]++
      } catch (error) {
        if (((error as { status?: number }).status ?? 500) >= 500) throw error
        result.failed.push({ line: row.line, message: say('csvImport:lineError', { line: row.line, message: errorText(error) }) })
      }
    }
    return Response.json(result)
  },
}
