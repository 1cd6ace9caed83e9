import type { CollectionConfig } from 'payload'

import { requireCodeOfConduct } from '../hooks/requireCodeOfConduct'
import { canManageRecords } from '../src/access/canManageRecords'
import { hasBalisesRole } from '../src/access/hasBalisesRole'
import { isStaff } from '../src/access/isStaff'
import { label, tr } from '../src/translations'
import { channelField, creatorField, momentField, recordCreator } from './sharedFields'
import type { BalisesSlugs } from '../src/slugs'

export const MODERATION_REASONS = ['prejudice', 'defamatory', 'personalInformation', 'spam', 'other'] as const

/**
 * GOV-5: user content removed from the organisation's pages — channel, date, reason, a short
 * description without needless personal data, and who removed it (recorded, not typed).
 */
export const moderationLogCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.moderationLog,
  labels: { singular: label('moderation:singular'), plural: label('moderation:plural') },
  admin: {
    useAsTitle: 'description',
    defaultColumns: ['removedAt', 'channel', 'reason', 'description', 'removedBy'],
    group: tr('general:navGroupReports'),
    description: label('moderation:collectionDescription'),
  },
  access: { read: hasBalisesRole, create: isStaff, update: canManageRecords, delete: canManageRecords },
  defaultSort: '-removedAt',
  hooks: {
    beforeChange: [requireCodeOfConduct('description'), recordCreator('removedBy')],
  },
  fields: [
    channelField(),
    momentField('removedAt', 'moderation:removedAt'),
    {
      name: 'reason',
      type: 'select',
      label: label('moderation:reason'),
      required: true,
      options: MODERATION_REASONS.map((reason) => ({ label: label(`moderation:${reason}`), value: reason })),
    },
    {
      name: 'description',
      type: 'textarea',
      label: label('moderation:description'),
      required: true,
      maxLength: 500,
      admin: { description: label('moderation:descriptionHelp') },
    },
    creatorField('removedBy', 'moderation:removedBy', options.slugs.users),
  ],
})
