import type { CollectionConfig } from 'payload'

import { cascadeDeletion } from '../src/privacy/purgeExpiredPersonalData'
import { requireCodeOfConduct } from '../hooks/requireCodeOfConduct'
import { canManagePersonalData } from '../src/access/canManagePersonalData'
import { personExportEndpoint } from '../src/endpoints/personExport'
import { label, tr } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'
import { PERSON_KINDS } from '../src/privacy/consentVocabulary'
import { recordPersonWithConsentEndpoint } from '../src/endpoints/recordPersonWithConsent'
import { DAY_ONLY } from './dateDisplay'

export { PERSON_KINDS }
export const AGE_BANDS = [
  { value: 'under14', label: label('people:under14') },
  { value: '14to17', label: label('people:from14to17') },
  { value: 'adult', label: label('people:adult') },
]

/** People shown in images (PRIV-1, PRIV-2). Personal data: PRIV-4. */
export const peopleCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.people,
  labels: { singular: label('people:singular'), plural: label('people:plural') },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'kind', 'ageBand', 'retentionUntil'],
    group: tr('general:navGroupPolicy'),
    description: label('people:privateDescription'),
  },
  access: {
    read: canManagePersonalData,
    create: canManagePersonalData,
    update: canManagePersonalData,
    delete: canManagePersonalData,
  },
  endpoints: [personExportEndpoint, recordPersonWithConsentEndpoint],
  hooks: { beforeChange: [requireCodeOfConduct('fullName')], beforeDelete: [({ req, id }) => cascadeDeletion(req, 'people', id)] },
  fields: [
    { name: 'fullName', type: 'text', label: label('people:fullName'), required: true },
    {
      name: 'kind',
      type: 'select',
      label: label('people:kind'),
      required: true,
      defaultValue: 'child',
      options: PERSON_KINDS.map((kind) => ({ label: label(`people:${kind}`), value: kind })),
    },
    {
      name: 'birthDate',
      type: 'date',
      label: label('people:birthDate'),
      admin: { description: label('people:birthDateDescription'), date: DAY_ONLY },
    },
    { name: 'ageBand', type: 'select', label: label('people:ageBand'), options: AGE_BANDS },
    { name: 'notes', type: 'textarea', label: label('people:notes') },
    // Their consents with a badge each, « Retirer » and « Ajouter un consentement » (PRIV-1..4).
    { name: 'consentsList', type: 'ui', admin: { components: { Field: 'balises/client#PersonConsents' } } },
    {
      name: 'retentionUntil',
      type: 'date',
      label: label('people:retentionUntil'),
      admin: { position: 'sidebar', description: label('people:retentionDescription'), date: DAY_ONLY },
    },
    { name: 'accessLinks', type: 'ui', admin: { position: 'sidebar', components: { Field: 'balises/client#PersonExportLinks' } } },
  ],
})
