import type { CollectionConfig } from 'payload'

import { requireCodeOfConduct } from '../hooks/requireCodeOfConduct'
import { canManageRecords } from '../src/access/canManageRecords'
import { hasBalisesRole } from '../src/access/hasBalisesRole'
import { isStaff } from '../src/access/isStaff'
import { neverField } from '../src/access/never'
import { CHANNELS } from '../src/channels'
import { tr } from '../src/translations'

export const MODERATION_LOG_SLUG = 'moderation-log'
export const MODERATION_REASONS = ['prejudice', 'defamatory', 'personalInformation', 'spam', 'other'] as const

/**
 * GOV-5: user content removed from the organisation's pages — channel, date, reason, a short
 * description without needless personal data, and who removed it (recorded, not typed).
 */
export const moderationLogCollection = (options: { usersSlug: string }): CollectionConfig => ({
  slug: MODERATION_LOG_SLUG,
  labels: { singular: tr('moderation:singular'), plural: tr('moderation:plural') },
  admin: {
    useAsTitle: 'description',
    defaultColumns: ['removedAt', 'channel', 'reason', 'description', 'removedBy'],
    group: tr('general:navGroupReports'),
    description: tr('moderation:collectionDescription'),
  },
  access: { read: hasBalisesRole, create: isStaff, update: canManageRecords, delete: canManageRecords },
  defaultSort: '-removedAt',
  hooks: {
    beforeChange: [
      requireCodeOfConduct('description'),
      ({ data, operation, req }) => (operation === 'create' ? { ...data, removedBy: req.user?.id ?? null } : data),
    ],
  },
  fields: [
    {
      name: 'channel',
      type: 'select',
      label: tr('posts:channel'),
      required: true,
      options: CHANNELS.map((channel) => ({ label: tr(`channels:${channel}`), value: channel })),
    },
    {
      name: 'removedAt',
      type: 'date',
      label: tr('moderation:removedAt'),
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'reason',
      type: 'select',
      label: tr('moderation:reason'),
      required: true,
      options: MODERATION_REASONS.map((reason) => ({ label: tr(`moderation:${reason}`), value: reason })),
    },
    {
      name: 'description',
      type: 'textarea',
      label: tr('moderation:description'),
      required: true,
      maxLength: 500,
      admin: { description: tr('moderation:descriptionHelp') },
    },
    {
      name: 'removedBy',
      type: 'relationship',
      relationTo: options.usersSlug as 'users',
      label: tr('moderation:removedBy'),
      access: { create: neverField, update: neverField },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
})
