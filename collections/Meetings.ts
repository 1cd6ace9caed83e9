import type { CollectionConfig } from 'payload'

import { canManageRecords } from '../src/access/canManageRecords'
import { hasBalisesRole } from '../src/access/hasBalisesRole'
import { tr } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'


/** GOV-2: team meetings; the digest covers the period since the last one. */
export const meetingsCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.meetings,
  labels: { singular: tr('meetings:singular'), plural: tr('meetings:plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['date', 'title'],
    group: tr('general:navGroupReports'),
    description: tr('meetings:description'),
  },
  access: { read: hasBalisesRole, create: canManageRecords, update: canManageRecords, delete: canManageRecords },
  defaultSort: '-date',
  fields: [
    {
      name: 'date',
      type: 'date',
      label: tr('meetings:date'),
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'title', type: 'text', label: tr('meetings:title'), defaultValue: 'Réunion d’équipe' },
    { name: 'notes', type: 'textarea', label: tr('meetings:notes'), maxLength: 5000 },
  ],
})
