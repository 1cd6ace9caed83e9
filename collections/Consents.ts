import type { CollectionConfig } from 'payload'

import { requireCodeOfConduct } from '../hooks/requireCodeOfConduct'
import { unschedulePostsOfWithdrawnConsent } from '../hooks/unschedulePostsOfWithdrawnConsent'
import { validateConsent } from '../hooks/validateConsent'
import { canManagePersonalData } from '../src/access/canManagePersonalData'
import { CHANNELS } from '../src/channels'
import { tr } from '../src/translations'
import { CONSENT_FORMS_SLUG } from './ConsentForms'
import { PEOPLE_SLUG } from './People'

export const CONSENTS_SLUG = 'consents'
export const CONSENT_RELATIONSHIPS = ['self', 'parent', 'tutor'] as const

/** Photo consents (PRIV-1, PRIV-2, PRIV-3). Personal data: PRIV-4. */
export const consentsCollection = (): CollectionConfig => ({
  slug: CONSENTS_SLUG,
  labels: { singular: tr('consents:singular'), plural: tr('consents:plural') },
  admin: {
    useAsTitle: 'signatoryName',
    defaultColumns: ['person', 'relationship', 'scopes', 'validFrom', 'expiresAt', 'revokedAt'],
    group: tr('general:navGroupPolicy'),
    description: tr('people:privateDescription'),
  },
  access: {
    read: canManagePersonalData,
    create: canManagePersonalData,
    update: canManagePersonalData,
    delete: canManagePersonalData,
  },
  hooks: {
    beforeValidate: [validateConsent],
    beforeChange: [requireCodeOfConduct('person')],
    afterChange: [unschedulePostsOfWithdrawnConsent],
  },
  fields: [
    {
      name: 'person',
      type: 'relationship',
      relationTo: PEOPLE_SLUG as 'people',
      label: tr('consents:person'),
      required: true,
      index: true,
    },
    {
      name: 'relationship',
      type: 'select',
      label: tr('consents:relationship'),
      required: true,
      defaultValue: 'parent',
      options: CONSENT_RELATIONSHIPS.map((relationship) => ({ label: tr(`consents:${relationship}`), value: relationship })),
    },
    { name: 'signatoryName', type: 'text', label: tr('consents:signatoryName') },
    { name: 'formVersion', type: 'text', label: tr('consents:formVersion') },
    {
      name: 'scopes',
      type: 'select',
      hasMany: true,
      label: tr('consents:scopes'),
      required: true,
      options: CHANNELS.map((channel) => ({ label: tr(`channels:${channel}`), value: channel })),
    },
    { name: 'validFrom', type: 'date', label: tr('consents:validFrom'), admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'expiresAt', type: 'date', label: tr('consents:expiresAt'), admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'revokedAt',
      type: 'date',
      label: tr('consents:revokedAt'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'revocationMethod', type: 'text', label: tr('consents:revocationMethod'), admin: { position: 'sidebar' } },
    {
      name: 'evidence',
      type: 'upload',
      relationTo: CONSENT_FORMS_SLUG as 'consent-forms',
      label: tr('consents:evidence'),
    },
    {
      name: 'retentionUntil',
      type: 'date',
      label: tr('consents:retentionUntil'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
  ],
})
