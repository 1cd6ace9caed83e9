import type { TaskConfig } from 'payload'

import { BALISES_QUEUE } from './queue'
import { translate } from '../translations'
import { purgeExpiredPersonalData } from '../privacy/purgeExpiredPersonalData'

export const PURGE_TASK_SLUG = 'balisesPurgePersonalData'

/**
 * The jobs-queue task: every night, destroy the personal data past its retention date (PRIV-4).
 * A document that fails is logged and counted; the run does not fail for it, and the next night's
 * run tries it again (the purge is idempotent).
 */
export const purgePersonalDataTask: TaskConfig = {
  slug: PURGE_TASK_SLUG,
  label: translate('fr', 'retention:purgeTaskLabel'),
  schedule: [{ cron: '30 3 * * *', queue: BALISES_QUEUE }],
  retries: 1,
  outputSchema: [
    { name: 'purged', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ req }) => {
    const report = await purgeExpiredPersonalData(req.payload)
    return { output: { purged: report.purged.length, failed: report.failed.length } }
  },
}
