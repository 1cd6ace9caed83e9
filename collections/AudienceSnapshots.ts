import type { CollectionConfig } from 'payload'

import { normalizeDay } from '../hooks/normalizeDay'
import { audienceImportEndpoint } from '../src/audience/import/importEndpoint'
import { canManageRecords } from '../src/access/canManageRecords'
import { hasBalisesRole } from '../src/access/hasBalisesRole'
import { label, tr } from '../src/translations'
import { channelField, labelField, labelled } from './sharedFields'
import type { BalisesSlugs } from '../src/slugs'
import { DAY_ONLY } from './dateDisplay'

export const SNAPSHOT_SOURCES = ['manual', 'import'] as const

const count = (name: string, required = false) =>
  ({
    name,
    type: 'number',
    label: label(`audience:${name}` as 'audience:followers'),
    required,
    min: 0,
    max: 1_000_000_000,
    admin: { step: 1 },
  }) as const

/**
 * GOV-3: the audience of each channel on a day — followers, page likes, optional reach and
 * engagement — entered by hand or imported from CSV. One snapshot per channel and day (a unique
 * index): importing the same day again updates it.
 */
export const audienceSnapshotsCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.audienceSnapshots,
  labels: { singular: label('audience:singular'), plural: label('audience:plural') },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['date', 'channel', 'followers', 'pageLikes', 'reach', 'engagement'],
    group: tr('general:navGroupReports'),
    description: label('audience:description'),
  },
  access: { read: hasBalisesRole, create: canManageRecords, update: canManageRecords, delete: canManageRecords },
  defaultSort: '-date',
  endpoints: [audienceImportEndpoint],
  hooks: { beforeChange: [labelled('date')] },
  indexes: [{ fields: ['channel', 'date'], unique: true }],
  fields: [
    channelField(),
    {
      name: 'date',
      type: 'date',
      label: label('audience:date'),
      required: true,
      index: true,
      hooks: { beforeValidate: [normalizeDay] },
      admin: { date: DAY_ONLY },
    },
    count('followers', true),
    count('pageLikes'),
    count('reach'),
    count('engagement'),
    {
      name: 'source',
      type: 'select',
      label: label('audience:source'),
      defaultValue: 'manual',
      options: SNAPSHOT_SOURCES.map((source) => ({ label: label(`audience:${source}`), value: source })),
      admin: { position: 'sidebar' },
    },
    labelField('audience:summary'),
  ],
})
