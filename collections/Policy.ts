import type { GlobalConfig } from 'payload'

import { forgetCachedGlobal } from '../hooks/forgetCachedReference'
import { validatePolicy } from '../hooks/validatePolicy'
import { versionCodeOfConduct } from '../hooks/versionCodeOfConduct'
import { DEFAULT_CODE_OF_CONDUCT } from '../src/codeOfConduct/defaultText'
import { neverField } from '../src/access/never'
import { canEditPolicy } from '../src/access/canEditPolicy'
import { hasBalisesRole } from '../src/access/hasBalisesRole'
import type { ResolvedBalisesOptions } from '../src/options'
import { defaultPolicy } from '../src/policy/defaults'
import { label, tr } from '../src/translations'
import { CHANNEL_OPTIONS } from './sharedFields'
import { DAY_AND_TIME, DAY_ONLY } from './dateDisplay'

export const policyGlobal = (options: ResolvedBalisesOptions): GlobalConfig => {
  const defaults = defaultPolicy(options.timeZone)
  return {
    slug: options.slugs.policy,
    label: label('policy:label'),
    admin: { group: tr('general:navGroupPolicy') },
    access: { read: hasBalisesRole, update: canEditPolicy },
    hooks: { beforeValidate: [validatePolicy], beforeChange: [versionCodeOfConduct], afterChange: [forgetCachedGlobal('policy')] },
    fields: [
      {
        name: 'responsiblePerson',
        type: 'relationship',
        relationTo: options.slugs.users,
        label: label('policy:responsiblePerson'),
      },
      {
        name: 'timeZone',
        type: 'text',
        label: label('policy:timeZone'),
        defaultValue: defaults.timeZone,
        admin: { description: label('policy:timeZoneDescription') },
      },
      { name: 'weeklyHours', type: 'number', label: label('policy:weeklyHours'), defaultValue: defaults.weeklyHours },
      {
        name: 'reportingYearStartMonth',
        type: 'number',
        label: label('policy:reportingYearStartMonth'),
        defaultValue: defaults.reportingYearStartMonth,
        min: 1,
        max: 12,
        admin: { description: label('policy:reportingYearStartMonthDescription'), step: 1 },
      },
      {
        name: 'channelLimits',
        type: 'array',
        label: label('policy:channelLimits'),
        defaultValue: defaults.channelLimits,
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
        fields: [
          { name: 'channel', type: 'select', options: CHANNEL_OPTIONS, required: true, label: label('posts:channel') },
          { name: 'targetPerWeek', type: 'number', required: true, label: label('policy:targetPerWeek') },
          { name: 'maxPerDay', type: 'number', required: true, label: label('policy:maxPerDay') },
        ],
      },
      {
        name: 'forbiddenPatterns',
        type: 'array',
        label: label('policy:forbiddenPatterns'),
        defaultValue: defaults.forbiddenPatterns,
        admin: { description: label('policy:forbiddenPatternsDescription') },
        fields: [{ name: 'pattern', type: 'text', required: true, label: label('policy:pattern') }],
      },
      {
        name: 'allowedPhrases',
        type: 'array',
        label: label('policy:allowedPhrases'),
        defaultValue: defaults.allowedPhrases,
        admin: { description: label('policy:allowedPhrasesDescription') },
        fields: [{ name: 'phrase', type: 'text', required: true, label: label('policy:phrase') }],
      },
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
      {
        name: 'keyDates',
        type: 'array',
        label: label('policy:keyDates'),
        fields: [
          { name: 'label', type: 'text', required: true, label: label('policy:keyDateLabel') },
          { name: 'date', type: 'date', required: true, label: label('policy:keyDateDate'), admin: { date: DAY_ONLY } },
          { name: 'yearly', type: 'checkbox', defaultValue: false, label: label('policy:keyDateYearly') },
        ],
      },
    ],
  }
}
