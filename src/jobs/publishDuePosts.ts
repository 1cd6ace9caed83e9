import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type TaskConfig } from 'payload'

import { atMoment } from '../../hooks/engine/clock'
import { neutralErrorsOf } from '../../hooks/engine/disclosure'
import { closeEndedOffers } from './closeEndedOffers'
import { sweepExpiredConsents } from './sweepExpiredConsents'
import { sweepStaleSendings } from '../deliveries/sweepStaleSendings'
import { notifyExpiringConsents } from '../notifications/consentNotices'
import { translate } from '../translations'
import { BALISES_QUEUE } from './queue'
import { slugsOf } from '../slugs'

export const PUBLISH_TASK_SLUG = 'balisesPublishDuePosts'

export type PublishReport = {
  published: (number | string)[]
  unscheduled: { id: number | string; reasons: string[] }[]
  /** CAT-6: published job offers taken offline at their closing date. */
  closed: (number | string)[]
}

type FieldError = { path?: string; message?: string }

function reasonsOf(error: unknown): string[] {
  const errors = (error as { data?: { errors?: FieldError[] } }).data?.errors
  if (errors?.length) return errors.map((item) => item.message ?? String(item.path))
  return [error instanceof Error ? error.message : String(error)]
}

/**
 * Publishes every scheduled post whose time has come. Each post is published as the system, so all
 * the rules run again (a consent may have been withdrawn, a position withdrawn since approval). A post
 * that fails them goes to `unscheduled` with the reasons, and the responsible person is notified.
 * Every save of the run happens at `now` (hooks/engine/clock.ts): the rules judge that moment (an
 * offer closed by then is refused, CAT-6), and the history and `publishedAt` say it. Job offers whose
 * closing day has ended are taken offline first (closeEndedOffers.ts), and deliveries cut off while
 * sending are handed back to their jobs (src/deliveries/sweepStaleSendings.ts).
 *
 * Safe to run twice or concurrently: a post is published only by the move scheduled → published
 * of its current state, read in the same transaction, so a post already published, moved to a
 * later time or unscheduled is left alone; a crashed run leaves the remaining posts scheduled for
 * the next one.
 */
export async function publishDuePosts(payload: Payload, now: Date = new Date()): Promise<PublishReport> {
  const report: PublishReport = { published: [], unscheduled: [], closed: [] }
  // Consents that expired since the last run take their posts out of the plan first (PRIV-3).
  await sweepExpiredConsents(payload, now)
  await notifyExpiringConsents(payload, now)
  report.closed = await closeEndedOffers(payload, now)
  await sweepStaleSendings(payload, now)
  const due = await payload.find({
    collection: slugsOf(payload).posts,
    draft: true,
    depth: 0,
    limit: 200,
    pagination: false,
    overrideAccess: true,
    sort: 'publishAt',
    where: { and: [{ workflowStatus: { equals: 'scheduled' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
  })
  for (const post of due.docs) {
    try {
      if (await publishIfStillDue(payload, post.id, now)) report.published.push(post.id)
    } catch (error) {
      // Only a refusal by the rules unschedules; anything else (database down…) fails the run,
      // and the jobs queue retries it: posts already published are skipped then.
      if ((error as { status?: number }).status !== 400) throw error
      const reasons = reasonsOf(error)
      // The history is read by every signed-in person: it gets the reasons without personal data.
      const publicReasons = neutralErrorsOf(error)?.map((item) => item.message) ?? reasons
      await payload.update({
        collection: slugsOf(payload).posts,
        id: post.id,
        data: {
          workflowStatus: 'unscheduled',
          statusReason: `${translate('fr', 'calendar:publishRefused')} ${publicReasons.join(' · ')}`.slice(0, 2000),
        },
        overrideAccess: true,
        context: atMoment(now),
      })
      // The move scheduled → unscheduled by the system notifies the responsible person and the author (src/notifications).
      report.unscheduled.push({ id: post.id, reasons })
    }
  }
  return report
}

/**
 * Re-reads the post and publishes it in one transaction (with SQLite, one writer at a time:
 * src/db/sqliteTransactions.ts): a post that another run published, or that someone moved or unscheduled
 * since the list was read, is left alone — even if that happened a moment ago. A refusal by the
 * rules is thrown (400).
 */
async function publishIfStillDue(payload: Payload, id: number | string, now: Date): Promise<boolean> {
  const req = await createLocalReq({ context: atMoment(now) }, payload)
  const owns = await initTransaction(req)
  try {
    const current = await payload.findByID({ collection: slugsOf(payload).posts, id, draft: true, depth: 0, overrideAccess: true, req })
    const at = current.publishAt
    const due = current.workflowStatus === 'scheduled' && Boolean(at) && new Date(at as string) <= now
    if (due)
      await payload.update({ collection: slugsOf(payload).posts, id, data: { workflowStatus: 'published' }, overrideAccess: true, req })
    if (owns) await commitTransaction(req)
    return due
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

/** The jobs-queue task: every minute, publish what is due. */
export const publishDuePostsTask: TaskConfig = {
  slug: PUBLISH_TASK_SLUG,
  label: 'Balises — publish due posts',
  schedule: [{ cron: '* * * * *', queue: BALISES_QUEUE }],
  retries: 2,
  outputSchema: [
    { name: 'published', type: 'number' },
    { name: 'unscheduled', type: 'number' },
    { name: 'closed', type: 'number' },
  ],
  handler: async ({ req }) => {
    const report = await publishDuePosts(req.payload)
    return { output: { published: report.published.length, unscheduled: report.unscheduled.length, closed: report.closed.length } }
  },
}
