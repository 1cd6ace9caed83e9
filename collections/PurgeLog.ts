import type { CollectionConfig } from 'payload'

import { appendOnly } from '../hooks/privacy/appendOnly'
import { canManageRecords } from '../src/access/canManageRecords'
import { never } from '../src/access/never'
import { tr } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'


/**
 * PRIV-4 retention: what the purge destroyed and when, without the data itself (collection, ID,
 * the retention date that expired, how many copies went with it). Append-only.
 */
export const purgeLogCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.purgeLog,
  labels: { singular: tr('purgeLog:singular'), plural: tr('purgeLog:plural') },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['purgedAt', 'targetCollection', 'targetId', 'summary'],
    group: tr('general:navGroupAdmin'),
    description: tr('purgeLog:description'),
  },
  access: { read: canManageRecords, create: never, update: never, delete: never },
  hooks: { beforeOperation: [appendOnly] },
  defaultSort: '-purgedAt',
  fields: [
    { name: 'purgedAt', type: 'date', label: tr('purgeLog:purgedAt'), required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'targetCollection', type: 'text', label: tr('purgeLog:targetCollection'), required: true },
    { name: 'targetId', type: 'text', label: tr('purgeLog:targetId'), required: true },
    { name: 'retentionUntil', type: 'date', label: tr('purgeLog:retentionUntil') },
    { name: 'summary', type: 'text', label: tr('purgeLog:summary') },
    { name: 'versionsRemoved', type: 'number', label: tr('purgeLog:versionsRemoved'), defaultValue: 0 },
    { name: 'filesRemoved', type: 'number', label: tr('purgeLog:filesRemoved'), defaultValue: 0 },
    { name: 'jobsRemoved', type: 'number', label: tr('purgeLog:jobsRemoved'), defaultValue: 0 },
    { name: 'referencesCleared', type: 'number', label: tr('purgeLog:referencesCleared'), defaultValue: 0 },
  ],
})
