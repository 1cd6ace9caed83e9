import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { requireCodeOfConduct } from '../hooks/requireCodeOfConduct'
import { canManageRecords } from '../src/access/canManageRecords'
import { neverField } from '../src/access/never'
import { hasBalisesRole } from '../src/access/hasBalisesRole'
import { isStaff } from '../src/access/isStaff'
import { label, tr } from '../src/translations'
import { DAY_AND_TIME } from './dateDisplay'
import { channelField, creatorField, labelField, labelled, momentField, recordCreator } from './sharedFields'
import type { BalisesSlugs } from '../src/slugs'

export const HELP_REPLY_LANGUAGES = ['fr', 'en'] as const

/**
 * `replySentAt` follows `replySent`: set to the moment of the save that first records the reply as
 * sent (kept on later saves), cleared when it is unticked. Never typed in: the field refuses writes.
 */
export const recordReplySent: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  // Anything but true / false is left for Payload's checkbox validation to refuse (400), not read as « not sent ».
  if (data.replySent !== undefined && data.replySent !== null && typeof data.replySent !== 'boolean') return data
  const sent = typeof data.replySent === 'boolean' ? data.replySent : Boolean(originalDoc?.replySent)
  const sentAt = sent ? (typeof originalDoc?.replySentAt === 'string' && originalDoc.replySentAt) || new Date().toISOString() : null
  return { ...data, replySent: sent, replySentAt: sentAt }
}

/**
 * FORBID-2: a help request received on social media, counted — channel, date, the language of the
 * redirection reply sent — and nothing about the person who asked.
 */
export const helpRequestsCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.helpRequests,
  labels: { singular: label('helpRequests:singular'), plural: label('helpRequests:plural') },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['receivedAt', 'channel', 'replyLanguage', 'replySentAt', 'recordedBy'],
    group: tr('general:navGroupReports'),
    description: label('helpRequests:collectionDescription'),
    components: { beforeList: ['balises/rsc#HelpReplyPanel'] },
  },
  access: { read: hasBalisesRole, create: isStaff, update: canManageRecords, delete: canManageRecords },
  defaultSort: '-receivedAt',
  hooks: {
    beforeChange: [requireCodeOfConduct('channel'), recordCreator('recordedBy'), labelled('receivedAt'), recordReplySent],
  },
  fields: [
    channelField(),
    momentField('receivedAt', 'helpRequests:receivedAt'),
    {
      name: 'replyLanguage',
      type: 'select',
      label: label('helpRequests:replyLanguage'),
      defaultValue: 'fr',
      options: HELP_REPLY_LANGUAGES.map((language) => ({ label: label(`helpRequests:${language}`), value: language })),
    },
    {
      // The reply to send in the chosen language, with « Copier » and « Marquer comme envoyée » (nothing stored).
      name: 'replyPanel',
      type: 'ui',
      admin: { disableListColumn: true, components: { Field: 'balises/client#HelpReplyField' } },
    },
    {
      name: 'replySent',
      type: 'checkbox',
      label: label('helpReply:replySent'),
      defaultValue: false,
      admin: { description: label('helpReply:replySentDescription') },
    },
    {
      name: 'replySentAt',
      type: 'date',
      label: label('helpReply:replySentAt'),
      access: { create: neverField, update: neverField },
      admin: { readOnly: true, position: 'sidebar', date: DAY_AND_TIME, condition: (data) => Boolean(data?.replySentAt) },
    },
    labelField('helpRequests:summary'),
    creatorField('recordedBy', 'helpRequests:recordedBy', options.slugs.users),
  ],
})
