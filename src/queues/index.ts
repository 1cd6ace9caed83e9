import { hasRole, type MaybeUser, type Role } from '../roles'
import { collective } from './collective'
import { myDrafts } from './myDrafts'
import { publishRefused } from './publishRefused'
import { scheduledThisWeek } from './scheduledThisWeek'
import { sentBack } from './sentBack'
import { toHandle } from './toHandle'
import { toReview } from './toReview'
import { toSchedule } from './toSchedule'
import type { Queue, QueueContext, QueueName } from './types'

const LOADERS: Record<QueueName, (context: QueueContext) => Promise<Queue>> = {
  'my-drafts': myDrafts,
  'sent-back': sentBack,
  'scheduled-this-week': scheduledThisWeek,
  'to-review': toReview,
  'to-schedule': toSchedule,
  'publish-refused': publishRefused,
  'to-handle': toHandle,
  collective,
}

const BY_ROLE: [Role[], QueueName[]][] = [
  [['redaction'], ['sent-back', 'my-drafts', 'scheduled-this-week']],
  [
    ['responsable', 'admin'],
    ['to-review', 'to-schedule', 'publish-refused', 'to-handle'],
  ],
  [['collective'], ['collective']],
]

/** The queues of a person's roles, in the order the dashboard shows them (a person with several roles gets each once). */
export function queueNamesFor(user: MaybeUser): QueueName[] {
  const names = BY_ROLE.flatMap(([roles, queues]) => (hasRole(user, ...roles) ? queues : []))
  return [...new Set(names)]
}

/** Loads the person's queues, each read on their behalf. */
export async function loadQueues(context: QueueContext): Promise<Queue[]> {
  return Promise.all(queueNamesFor(context.user).map((name) => LOADERS[name](context)))
}

export type { Queue, QueueContext, QueueItem, QueueName } from './types'
