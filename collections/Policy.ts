import type { Field, GlobalConfig } from 'payload'

import { forgetCachedGlobal } from '../hooks/forgetCachedReference'
import { validatePolicy } from '../hooks/validatePolicy'
import { versionCodeOfConduct } from '../hooks/versionCodeOfConduct'
import { DEFAULT_CODE_OF_CONDUCT } from '../src/codeOfConduct/defaultText'
import { neverField } from '../src/access/never'
import { canEditPolicy } from '../src/access/canEditPolicy'
import { hasBalisesRole } from '../src/access/hasBalisesRole'
import type { ResolvedBalisesOptions } from '../src/options'
import { defaultPolicy } from '../src/policy/defaults'
import { DISCUSSION_OPTIONS } from '../src/policy/schema'
import { label, tr } from '../src/translations'
import { CHANNEL_OPTIONS } from './sharedFields'
import { DAY_AND_TIME, DAY_ONLY } from './dateDisplay'

/**
 * The policy settings, in tabs (unnamed: the data paths are those of the fields). The FORBID-1
 * lists are string[] (`text` + `hasMany`) edited as one text area each (PhraseListField), beside a
 * tester (PhraseTester); the time zone is a text edited with a select of IANA zones (TimeZoneField).
 */
export const policyGlobal = (options: ResolvedBalisesOptions): GlobalConfig => {
  const defaults = defaultPolicy(options.timeZone)
  const responsibilities: Field[] = [
    {
      name: 'responsiblePerson',
      type: 'relationship',
      relationTo: options.slugs.users,
      label: label('policy:responsiblePerson'),
    },
    {
      name: 'whatWeCommunicate',
      type: 'textarea',
      label: label('policySettings:whatWeCommunicate'),
      admin: { description: label('policySettings:whatWeCommunicateDescription'), rows: 3 },
    },
    {
      name: 'whoCommunicates',
      type: 'textarea',
      label: label('policySettings:whoCommunicates'),
      admin: { description: label('policySettings:whoCommunicatesDescription'), rows: 2 },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'weeklyHours',
          type: 'number',
          label: label('policy:weeklyHours'),
          defaultValue: defaults.weeklyHours,
          admin: { width: '50%' },
        },
        {
          name: 'reportingYearStartMonth',
          type: 'number',
          label: label('policy:reportingYearStartMonth'),
          defaultValue: defaults.reportingYearStartMonth,
          min: 1,
          max: 12,
          admin: { description: label('policy:reportingYearStartMonthDescription'), step: 1, width: '50%' },
        },
      ],
    },
    {
      name: 'teamMeetingPlace',
      type: 'textarea',
      label: label('policySettings:teamMeetingPlace'),
      admin: { description: label('policySettings:teamMeetingPlaceDescription'), rows: 2 },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'discussionInvited',
          type: 'select',
          label: label('policySettings:discussionInvited'),
          options: DISCUSSION_OPTIONS.map((value) => ({ value, label: label(`policySettings:discussion_${value}`) })),
          admin: { width: '40%' },
        },
        {
          name: 'discussionNote',
          type: 'textarea',
          label: label('policySettings:discussionNote'),
          admin: { width: '60%', rows: 2 },
        },
      ],
    },
    {
      name: 'timeZone',
      type: 'text',
      label: label('policy:timeZone'),
      defaultValue: defaults.timeZone,
      admin: {
        description: label('policy:timeZoneDescription'),
        components: { Field: 'balises/client#TimeZoneField' },
      },
    },
  ]
  const forbiddenContent: Field[] = [
    {
      type: 'row',
      fields: [
        {
          name: 'forbiddenPatterns',
          type: 'text',
          hasMany: true,
          label: label('policy:forbiddenPatterns'),
          defaultValue: defaults.forbiddenPatterns,
          admin: {
            description: label('policy:forbiddenPatternsDescription'),
            components: { Field: 'balises/client#PhraseListField' },
            width: '50%',
          },
        },
        {
          name: 'allowedPhrases',
          type: 'text',
          hasMany: true,
          label: label('policy:allowedPhrases'),
          defaultValue: defaults.allowedPhrases,
          admin: {
            description: label('policy:allowedPhrasesDescription'),
            components: { Field: 'balises/client#PhraseListField' },
            width: '50%',
          },
        },
      ],
    },
    {
      name: 'phraseTester',
      type: 'ui',
      admin: { components: { Field: 'balises/client#PhraseTester' } },
    },
    // The former array shape of the two lists, kept (hidden) only so that the data migration
    // dev/migrations/*_policy_data.ts can move stored rows into the lists; same SQLite tables.
    {
      name: 'legacyForbiddenPatterns',
      type: 'array',
      dbName: ({ tableName }) => `${tableName}_forbidden_patterns`,
      admin: { disabled: true },
      access: { read: neverField, create: neverField, update: neverField },
      fields: [{ name: 'pattern', type: 'text' }],
    },
    {
      name: 'legacyAllowedPhrases',
      type: 'array',
      dbName: ({ tableName }) => `${tableName}_allowed_phrases`,
      admin: { disabled: true },
      access: { read: neverField, create: neverField, update: neverField },
      fields: [{ name: 'phrase', type: 'text' }],
    },
  ]
  const networks: Field[] = [
    {
      name: 'channelLimits',
      type: 'array',
      label: label('policy:channelLimits'),
      defaultValue: defaults.channelLimits,
      // One table for both arrays (limit / target per week / max per day, a line per network).
      admin: { components: { Field: 'balises/client#ChannelTable' } },
      fields: [
        { name: 'channel', type: 'select', options: CHANNEL_OPTIONS, required: true, label: label('posts:channel') },
        { name: 'limit', type: 'number', required: true, label: label('policy:limit') },
      ],
    },
    {
      name: 'frequency',
      type: 'array',
      label: label('policy:frequency'),
      defaultValue: defaults.frequency,
      // Edited in the channelLimits table (ChannelTable); still in the form's state and data.
      admin: { hidden: true },
      fields: [
        { name: 'channel', type: 'select', options: CHANNEL_OPTIONS, required: true, label: label('posts:channel') },
        { name: 'targetPerWeek', type: 'number', required: true, label: label('policy:targetPerWeek') },
        { name: 'maxPerDay', type: 'number', required: true, label: label('policy:maxPerDay') },
      ],
    },
  ]
  const redirection: Field[] = [
    {
      name: 'redirection',
      type: 'group',
      label: label('policy:redirectionMessage'),
      fields: [
        {
          name: 'organisationPhone',
          type: 'text',
          label: label('policy:organisationPhone'),
          defaultValue: defaults.redirection.organisationPhone,
        },
        {
          name: 'messageFr',
          type: 'textarea',
          label: label('policy:redirectionFr'),
          defaultValue: defaults.redirection.messageFr,
        },
        {
          name: 'messageEn',
          type: 'textarea',
          label: label('policy:redirectionEn'),
          defaultValue: defaults.redirection.messageEn,
        },
      ],
    },
  ]
  const codeOfConduct: Field[] = [
    {
      // FORBID-3: versioned by hooks/versionCodeOfConduct.ts (a new text is a new version to accept).
      name: 'codeOfConduct',
      type: 'group',
      label: label('forms:codeOfConduct'),
      admin: { description: label('forms:codeOfConductDescription') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'version',
              type: 'number',
              label: label('forms:codeOfConductVersion'),
              access: { create: neverField, update: neverField },
              admin: { readOnly: true },
            },
            {
              name: 'publishedAt',
              type: 'date',
              label: label('forms:codeOfConductPublishedAt'),
              access: { create: neverField, update: neverField },
              admin: { readOnly: true, date: DAY_AND_TIME },
            },
          ],
        },
        {
          name: 'textFr',
          type: 'textarea',
          label: label('forms:codeOfConductText'),
          defaultValue: DEFAULT_CODE_OF_CONDUCT.fr,
          admin: { rows: 12 },
        },
        {
          name: 'textEn',
          type: 'textarea',
          label: label('forms:codeOfConductTextEn'),
          defaultValue: DEFAULT_CODE_OF_CONDUCT.en,
          admin: { rows: 12 },
        },
      ],
    },
  ]
  const keyDates: Field[] = [
    {
      name: 'keyDates',
      type: 'array',
      label: label('policy:keyDates'),
      labels: { singular: label('labels:keyDate'), plural: label('labels:keyDatesPlural') },
      admin: { components: { RowLabel: 'balises/client#KeyDateRowLabel' } },
      fields: [
        { name: 'label', type: 'text', required: true, label: label('policy:keyDateLabel') },
        { name: 'date', type: 'date', required: true, label: label('policy:keyDateDate'), admin: { date: DAY_ONLY } },
        { name: 'yearly', type: 'checkbox', defaultValue: false, label: label('policy:keyDateYearly') },
      ],
    },
  ]
  const privacy: Field[] = [
    {
      name: 'consentRetentionMonths',
      type: 'number',
      label: label('policySettings:consentRetentionMonths'),
      defaultValue: defaults.consentRetentionMonths,
      min: 1,
      max: 600,
      admin: { description: label('policySettings:consentRetentionMonthsDescription'), step: 1 },
    },
  ]
  return {
    slug: options.slugs.policy,
    label: label('policy:label'),
    admin: { group: tr('general:navGroupPolicy') },
    access: { read: hasBalisesRole, update: canEditPolicy },
    hooks: { beforeValidate: [validatePolicy], beforeChange: [versionCodeOfConduct], afterChange: [forgetCachedGlobal('policy')] },
    fields: [
      {
        type: 'tabs',
        tabs: [
          { label: label('policySettings:tabResponsibilities'), fields: responsibilities },
          { label: label('policySettings:tabForbidden'), fields: forbiddenContent },
          { label: label('policySettings:tabNetworks'), fields: networks },
          { label: label('policySettings:tabRedirection'), fields: redirection },
          { label: label('policySettings:tabCodeOfConduct'), fields: codeOfConduct },
          { label: label('policySettings:tabKeyDates'), fields: keyDates },
          { label: label('policySettings:tabPrivacy'), fields: privacy },
        ],
      },
    ],
  }
}
