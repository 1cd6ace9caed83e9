import type { CollectionConfig } from 'payload'

import { relationId } from '../hooks/engine/snapshot'
import { auditEveryChange } from '../src/privacy/auditTrail'
import { cascadeDeletion } from '../src/privacy/purgeExpiredPersonalData'
import { requireCodeOfConduct } from '../hooks/requireCodeOfConduct'
import { unschedulePostsOfWithdrawnConsent } from '../hooks/unschedulePostsOfWithdrawnConsent'
import { recordEvidenceWaiver, validateConsent } from '../hooks/validateConsent'
import { canManagePersonalData, canManagePersonalDataField } from '../src/access/canManagePersonalData'
import { neverField } from '../src/access/never'
import { REVOCATION_METHOD_LABELS, REVOCATION_METHODS } from '../src/revocationMethods'
import { withdrawConsentEndpoint } from '../src/endpoints/withdrawConsent'
import { label, tr, translate } from '../src/translations'
import { CHANNEL_OPTIONS } from './sharedFields'
import type { BalisesSlugs } from '../src/slugs'
import { CONSENT_RELATIONSHIPS } from '../src/privacy/consentVocabulary'
import { DAY_AND_TIME, DAY_ONLY } from './dateDisplay'

export { CONSENT_RELATIONSHIPS }

// The signatory's name is personal data: the trail says it changed, not what it was.
const audit = auditEveryChange({
  label: (doc) => translate('fr', 'systemTexts:auditConsent', { id: String(doc.id), person: String(relationId(doc.person) ?? '?') }),
  personalFields: ['signatoryName'],
})

/** Photo consents (PRIV-1, PRIV-2, PRIV-3). Personal data: PRIV-4. */
export const consentsCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.consents,
  labels: { singular: label('consents:singular'), plural: label('consents:plural') },
  admin: {
    useAsTitle: 'signatoryName',
    defaultColumns: ['person', 'relationship', 'scopes', 'validFrom', 'expiresAt', 'revokedAt', 'formOnFile', 'retentionUntil'],
    group: tr('general:navGroupPolicy'),
    description: label('people:privateDescription'),
  },
  access: {
    read: canManagePersonalData,
    create: canManagePersonalData,
    update: canManagePersonalData,
    delete: canManagePersonalData,
  },
  endpoints: [withdrawConsentEndpoint],
  hooks: {
    beforeValidate: [validateConsent],
    beforeChange: [requireCodeOfConduct('person'), recordEvidenceWaiver],
    afterChange: [unschedulePostsOfWithdrawnConsent, audit.afterChange],
    beforeDelete: [({ req, id }) => cascadeDeletion(req, 'consents', id)],
    afterDelete: [audit.afterDelete],
  },
  fields: [
    {
      name: 'person',
      type: 'relationship',
      relationTo: options.slugs.people,
      label: label('consents:person'),
      required: true,
      index: true,
    },
    {
      name: 'relationship',
      type: 'select',
      label: label('consents:relationship'),
      required: true,
      defaultValue: 'parent',
      options: CONSENT_RELATIONSHIPS.map((relationship) => ({ label: label(`consents:${relationship}`), value: relationship })),
    },
    { name: 'signatoryName', type: 'text', label: label('consents:signatoryName') },
    { name: 'formVersion', type: 'text', label: label('consents:formVersion') },
    {
      name: 'scopes',
      type: 'select',
      hasMany: true,
      label: label('consents:scopes'),
      required: true,
      options: CHANNEL_OPTIONS,
    },
    { name: 'validFrom', type: 'date', label: label('consents:validFrom'), admin: { date: DAY_ONLY } },
    { name: 'expiresAt', type: 'date', label: label('consents:expiresAt'), index: true, admin: { date: DAY_ONLY } },
    {
      name: 'revokedAt',
      type: 'date',
      label: label('consents:revokedAt'),
      admin: { position: 'sidebar', date: DAY_AND_TIME },
    },
    {
      name: 'revocationMethod',
      type: 'select',
      label: label('consents:revocationMethod'),
      options: REVOCATION_METHODS.map((method) => ({ label: label(REVOCATION_METHOD_LABELS[method]), value: method })),
      admin: { position: 'sidebar' },
    },
    {
      // The one-action withdrawal (date and how the request came), shown while the consent is in force.
      name: 'withdrawAction',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: 'balises/client#WithdrawConsentButton' } },
    },
    {
      // Set by the expiry sweep once the posts depending on an expired consent were re-checked.
      name: 'expiryHandledAt',
      type: 'date',
      hidden: true,
      access: { create: neverField, update: neverField },
    },
    {
      name: 'evidence',
      type: 'upload',
      relationTo: options.slugs.consentForms,
      label: label('consents:evidence'),
      admin: { description: label('consent:evidenceDescription') },
    },
    {
      // PRIV-4: without the signed form, the consent authorises a post only once the responsible person says where it is kept.
      name: 'evidenceWaiver',
      type: 'textarea',
      maxLength: 500,
      label: label('consent:evidenceWaiver'),
      access: { create: canManagePersonalDataField, update: canManagePersonalDataField },
      admin: { description: label('consent:evidenceWaiverDescription') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'evidenceWaiverBy',
          type: 'relationship',
          relationTo: options.slugs.users,
          label: label('consent:evidenceWaiverBy'),
          access: { create: neverField, update: neverField },
          admin: { readOnly: true, condition: (data) => Boolean(data?.evidenceWaiver) },
        },
        {
          name: 'evidenceWaiverAt',
          type: 'date',
          label: label('consent:evidenceWaiverAt'),
          access: { create: neverField, update: neverField },
          admin: { readOnly: true, condition: (data) => Boolean(data?.evidenceWaiver), date: DAY_AND_TIME },
        },
      ],
    },
    {
      // Written by recordEvidenceWaiver: the signed form is attached, or where it is kept is written.
      name: 'formOnFile',
      type: 'checkbox',
      label: label('consent:formOnFile'),
      defaultValue: false,
      access: { create: neverField, update: neverField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'retentionUntil',
      type: 'date',
      label: label('consents:retentionUntil'),
      // Never empty: validateConsent fills in the policy's default (no NOT NULL column, so rows kept from before migrate).
      admin: { position: 'sidebar', description: label('consent:retentionDescription'), date: DAY_ONLY },
    },
  ],
})
