import type { CollectionConfig } from 'payload'

import { requireCodeOfConduct } from '../hooks/requireCodeOfConduct'
import { canManageRecords } from '../src/access/canManageRecords'
import { hasBalisesRole } from '../src/access/hasBalisesRole'
import { isStaff } from '../src/access/isStaff'
import { label, tr } from '../src/translations'
import { channelField, creatorField, labelField, labelled, momentField, recordCreator } from './sharedFields'
import type { BalisesSlugs } from '../src/slugs'

export const HELP_REPLY_LANGUAGES = ['fr', 'en'] as const

/**
 * FORBID-2: a help request received on social media, counted — channel, date, the language of the
 * redirection reply sent — and nothing about the person who asked.
 */
export const helpRequestsCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.helpRequests,
  labels: { singular: label('helpRequests:singular'), plural: label('helpRequests:plural') },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['receivedAt', 'channel', 'replyLanguage', 'recordedBy'],
    group: tr('general:navGroupReports'),
    description: label('helpRequests:collectionDescription'),
    components: { beforeList: ['balises/rsc#HelpReplyPanel'] },
  },
  access: { read: hasBalisesRole, create: isStaff, update: canManageRecords, delete: canManageRecords },
  defaultSort: '-receivedAt',
  hooks: {
    beforeChange: [requireCodeOfConduct('channel'), recordCreator('recordedBy'), labelled('receivedAt')],
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
    labelField('helpRequests:summary'),
    creatorField('recordedBy', 'helpRequests:recordedBy', options.slugs.users),
  ],
})
