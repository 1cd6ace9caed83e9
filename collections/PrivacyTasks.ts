import type { CollectionConfig } from 'payload'

import { recordTaskCompletion } from '../hooks/privacy/recordTaskCompletion'
import { canManagePersonalData, canManagePersonalDataField } from '../src/access/canManagePersonalData'
import { never } from '../src/access/never'
import { neverField } from '../src/access/never'
import { PRIVACY_TASK_CAUSES, PRIVACY_TASK_KINDS } from '../src/privacy/privacyTaskKinds'
import { label, tr } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'
import { DAY_AND_TIME } from './dateDisplay'

const systemOnly = { create: neverField, update: neverField }

/**
 * PRIV-3 « À traiter »: what a withdrawn, expired or narrowed consent leaves to do. `replan`: a planned
 * post was unscheduled (replace the image, then plan it again). `takedown`: a post already published
 * on an external network shows the person and must be removed there; `doneAt` records when.
 * Written only by the system; the responsible person only marks tasks done.
 */
export const privacyTasksCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.privacyTasks,
  labels: { singular: label('privacyTasks:singular'), plural: label('privacyTasks:plural') },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['kind', 'post', 'cause', 'createdAt', 'doneAt'],
    group: tr('general:navGroupPolicy'),
    description: label('privacyTasks:description'),
  },
  access: { read: canManagePersonalData, create: never, update: canManagePersonalData, delete: never },
  hooks: { beforeChange: [recordTaskCompletion] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: label('privacyTasks:kind'),
      required: true,
      index: true,
      access: systemOnly,
      options: PRIVACY_TASK_KINDS.map((kind) => ({ label: label(`privacyTasks:${kind}`), value: kind })),
    },
    {
      name: 'cause',
      type: 'select',
      label: label('privacyTasks:cause'),
      required: true,
      access: systemOnly,
      options: PRIVACY_TASK_CAUSES.map((cause) => ({ label: label(`privacyTasks:${cause}`), value: cause })),
    },
    { name: 'summary', type: 'text', label: label('privacyTasks:summary'), access: systemOnly, admin: { readOnly: true } },
    {
      name: 'post',
      type: 'relationship',
      relationTo: options.slugs.posts,
      label: label('privacyTasks:post'),
      required: true,
      index: true,
      access: systemOnly,
      admin: { readOnly: true },
    },
    {
      name: 'consent',
      type: 'relationship',
      relationTo: options.slugs.consents,
      label: label('privacyTasks:consent'),
      index: true,
      access: systemOnly,
      admin: { readOnly: true },
    },
    {
      name: 'person',
      type: 'relationship',
      relationTo: options.slugs.people,
      label: label('privacyTasks:person'),
      index: true,
      access: { ...systemOnly, read: canManagePersonalDataField },
      admin: { readOnly: true },
    },
    { name: 'reason', type: 'textarea', label: label('privacyTasks:reason'), access: systemOnly, admin: { readOnly: true } },
    {
      name: 'doneAt',
      type: 'date',
      label: label('privacyTasks:doneAt'),
      index: true,
      admin: { position: 'sidebar', description: label('privacyTasks:doneAtDescription'), date: DAY_AND_TIME },
    },
    {
      name: 'doneBy',
      type: 'relationship',
      relationTo: options.slugs.users,
      label: label('privacyTasks:doneBy'),
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'note', type: 'textarea', label: label('privacyTasks:note'), admin: { position: 'sidebar' } },
  ],
})
