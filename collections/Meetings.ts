import type { CollectionConfig } from 'payload'

import { canManageRecords } from '../src/access/canManageRecords'
import { hasBalisesRole } from '../src/access/hasBalisesRole'
import { label, tr } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'
import { DAY_AND_TIME } from './dateDisplay'

/** GOV-2: team meetings; the digest covers the period since the last one. */
export const meetingsCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.meetings,
  labels: { singular: label('meetings:singular'), plural: label('meetings:plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['date', 'title'],
    group: tr('general:navGroupReports'),
    description: label('meetings:description'),
  },
  access: { read: hasBalisesRole, create: canManageRecords, update: canManageRecords, delete: canManageRecords },
  defaultSort: '-date',
  fields: [
    {
      name: 'date',
      type: 'date',
      label: label('meetings:date'),
      required: true,
      index: true,
      admin: { date: DAY_AND_TIME },
    },
    { name: 'title', type: 'text', label: label('meetings:title'), defaultValue: 'Réunion d’équipe' },
    { name: 'notes', type: 'textarea', label: label('meetings:notes'), maxLength: 5000 },
  ],
})
