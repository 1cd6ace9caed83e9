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
import { tr } from '../src/translations'
import { CHANNEL_OPTIONS } from './sharedFields'



export const policyGlobal = (options: ResolvedBalisesOptions): GlobalConfig => {
  const defaults = defaultPolicy(options.timeZone)
  return {
    slug: options.slugs.policy,
    label: tr('policy:label'),
    admin: { group: tr('general:navGroupPolicy') },
    access: { read: hasBalisesRole, update: canEditPolicy },
    hooks: { beforeValidate: [validatePolicy], beforeChange: [versionCodeOfConduct], afterChange: [forgetCachedGlobal('policy')] },
    fields: [
      {
        name: 'responsiblePerson',
        type: 'relationship',
        relationTo: options.slugs.users,
        label: tr('policy:responsiblePerson'),
      },
      {
        name: 'timeZone',
        type: 'text',
        label: tr('policy:timeZone'),
        defaultValue: defaults.timeZone,
        admin: { description: tr('policy:timeZoneDescription') },
      },
      { name: 'weeklyHours', type: 'number', label: tr('policy:weeklyHours'), defaultValue: defaults.weeklyHours },
      {
        name: 'reportingYearStartMonth',
        type: 'number',
        label: tr('policy:reportingYearStartMonth'),
        defaultValue: defaults.reportingYearStartMonth,
        min: 1,
        max: 12,
        admin: { description: tr('policy:reportingYearStartMonthDescription'), step: 1 },
      },
      {
        name: 'channelLimits',
        type: 'array',
        label: tr('policy:channelLimits'),
        defaultValue: defaults.channelLimits,
        fields: [
          { name: 'channel', type: 'select', options: CHANNEL_OPTIONS, required: true, label: tr('posts:channel') },
          { name: 'limit', type: 'number', required: true, label: tr('policy:limit') },
        ],
      },
      {
        name: 'frequency',
        type: 'array',
        label: tr('policy:frequency'),
        defaultValue: defaults.frequency,
        fields: [
          { name: 'channel', type: 'select', options: CHANNEL_OPTIONS, required: true, label: tr('posts:channel') },
          { name: 'targetPerWeek', type: 'number', required: true, label: tr('policy:targetPerWeek') },
          { name: 'maxPerDay', type: 'number', required: true, label: tr('policy:maxPerDay') },
        ],
      },
      {
        name: 'forbiddenPatterns',
        type: 'array',
        label: tr('policy:forbiddenPatterns'),
        defaultValue: defaults.forbiddenPatterns,
        admin: { description: tr('policy:forbiddenPatternsDescription') },
        fields: [{ name: 'pattern', type: 'text', required: true, label: tr('policy:pattern') }],
      },
      {
        name: 'allowedPhrases',
        type: 'array',
        label: tr('policy:allowedPhrases'),
        defaultValue: defaults.allowedPhrases,
        admin: { description: tr('policy:allowedPhrasesDescription') },
        fields: [{ name: 'phrase', type: 'text', required: true, label: tr('policy:phrase') }],
      },
      {
        name: 'redirection',
        type: 'group',
        label: tr('policy:redirectionMessage'),
        fields: [
          {
            name: 'organisationPhone',
            type: 'text',
            label: tr('policy:organisationPhone'),
            defaultValue: defaults.redirection.organisationPhone,
          },
          {
            name: 'messageFr',
            type: 'textarea',
            label: tr('policy:redirectionFr'),
            defaultValue: defaults.redirection.messageFr,
          },
          {
            name: 'messageEn',
            type: 'textarea',
            label: tr('policy:redirectionEn'),
            defaultValue: defaults.redirection.messageEn,
          },
        ],
      },
      {
        // FORBID-3: versioned by hooks/versionCodeOfConduct.ts (a new text is a new version to accept).
        name: 'codeOfConduct',
        type: 'group',
        label: tr('forms:codeOfConduct'),
        admin: { description: tr('forms:codeOfConductDescription') },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'version',
                type: 'number',
                label: tr('forms:codeOfConductVersion'),
                access: { create: neverField, update: neverField },
                admin: { readOnly: true },
              },
              {
                name: 'publishedAt',
                type: 'date',
                label: tr('forms:codeOfConductPublishedAt'),
                access: { create: neverField, update: neverField },
                admin: { readOnly: true, date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
              },
            ],
          },
          { name: 'textFr', type: 'textarea', label: tr('forms:codeOfConductText'), defaultValue: DEFAULT_CODE_OF_CONDUCT.fr, admin: { rows: 12 } },
          { name: 'textEn', type: 'textarea', label: tr('forms:codeOfConductTextEn'), defaultValue: DEFAULT_CODE_OF_CONDUCT.en, admin: { rows: 12 } },
        ],
      },
      {
        name: 'keyDates',
        type: 'array',
        label: tr('policy:keyDates'),
        fields: [
          { name: 'label', type: 'text', required: true, label: tr('policy:keyDateLabel') },
          { name: 'date', type: 'date', required: true, label: tr('policy:keyDateDate') },
          { name: 'yearly', type: 'checkbox', defaultValue: false, label: tr('policy:keyDateYearly') },
        ],
      },
    ],
  }
}
