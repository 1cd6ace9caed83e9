import type { PayloadRequest } from 'payload'

import type { PrivacyTaskCause, PrivacyTaskKind } from './privacyTaskKinds'
import { translate } from '../translations'
import { slugsOf } from '../slugs'

export type PrivacyTaskInput = {
  kind: PrivacyTaskKind
  cause: PrivacyTaskCause
  post: { id: number | string; title: string }
  consentId: number | string | null
  personId: number | string | null
  reason: string
}

/**
 * Adds a task to « À traiter », as the system, inside the request's transaction. A task already open
 * for the same post, kind and consent is not added twice (a consent edited twice, a sweep run twice).
 */
export async function openPrivacyTask(req: PayloadRequest, task: PrivacyTaskInput): Promise<boolean> {
  const { payload } = req
  const existing = await payload.count({
    collection: slugsOf(req).privacyTasks,
    overrideAccess: true,
    req,
    where: {
      and: [
        { post: { equals: task.post.id } },
        { kind: { equals: task.kind } },
        task.consentId === null ? { consent: { exists: false } } : { consent: { equals: task.consentId } },
        { doneAt: { exists: false } },
      ],
    },
  })
  if (existing.totalDocs > 0) return false
  await payload.create({
    collection: slugsOf(req).privacyTasks,
    overrideAccess: true,
    req,
    data: {
      kind: task.kind,
      cause: task.cause,
      summary: translate('fr', task.kind === 'replan' ? 'privacyTasks:replanSummary' : 'privacyTasks:takedownSummary', {
        title: task.post.title,
      }).slice(0, 300),
      post: task.post.id as number,
      consent: (task.consentId ?? undefined) as number | undefined,
      person: (task.personId ?? undefined) as number | undefined,
      reason: task.reason.slice(0, 2000),
    },
  })
  return true
}
