import type { CollectionConfig } from 'payload'

import { appendOnly } from '../hooks/privacy/appendOnly'
import { canManageRecords } from '../src/access/canManageRecords'
import { never } from '../src/access/never'
import { label, tr } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'
import { DAY_AND_TIME, DAY_ONLY } from './dateDisplay'

/**
 * PRIV-4 retention: what the purge destroyed and when, without the data itself (collection, ID,
 * the retention date that expired, how many copies went with it). Append-only.
 */
export const purgeLogCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.purgeLog,
  labels: { singular: label('purgeLog:singular'), plural: label('purgeLog:plural') },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['purgedAt', 'targetCollection', 'targetId', 'summary'],
    group: tr('general:navGroupAdmin'),
    description: label('purgeLog:description'),
  },
  access: { read: canManageRecords, create: never, update: never, delete: never },
  hooks: { beforeOperation: [appendOnly] },
  defaultSort: '-purgedAt',
  fields: [
    {
      name: 'purgedAt',
      type: 'date',
      label: label('purgeLog:purgedAt'),
      required: true,
      index: true,
      admin: { date: DAY_AND_TIME },
    },
    { name: 'targetCollection', type: 'text', label: label('purgeLog:targetCollection'), required: true },
    { name: 'targetId', type: 'text', label: label('purgeLog:targetId'), required: true },
    { name: 'retentionUntil', type: 'date', label: label('purgeLog:retentionUntil'), admin: { date: DAY_ONLY } },
    { name: 'summary', type: 'text', label: label('purgeLog:summary') },
    { name: 'versionsRemoved', type: 'number', label: label('purgeLog:versionsRemoved'), defaultValue: 0 },
    { name: 'filesRemoved', type: 'number', label: label('purgeLog:filesRemoved'), defaultValue: 0 },
    { name: 'jobsRemoved', type: 'number', label: label('purgeLog:jobsRemoved'), defaultValue: 0 },
    { name: 'referencesCleared', type: 'number', label: label('purgeLog:referencesCleared'), defaultValue: 0 },
  ],
})
