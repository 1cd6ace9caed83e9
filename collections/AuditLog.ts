import type { CollectionConfig } from 'payload'

import { appendOnly } from '../hooks/privacy/appendOnly'
import { canManageRecords } from '../src/access/canManageRecords'
import { never } from '../src/access/never'
import { label, tr } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'
import { DAY_AND_TIME } from './dateDisplay'

const changeField = 'balises/client#AuditChangeField'

export const AUDITED_OPERATIONS = ['create', 'update', 'delete'] as const

/**
 * The audit trail: who changed a consent, a position or a post's status, when, and what changed.
 * Append-only. Values of personal fields are not copied here (only that they changed), so the
 * retention purge never has to touch it.
 */
export const auditLogCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.auditLog,
  labels: { singular: label('auditLog:singular'), plural: label('auditLog:plural') },
  admin: {
    useAsTitle: 'summary',
    // The summary before the person: on a phone the table scrolls sideways, the first columns show.
    defaultColumns: ['at', 'summary', 'actorName'],
    group: tr('general:navGroupAdmin'),
    description: label('auditLog:description'),
  },
  access: { read: canManageRecords, create: never, update: never, delete: never },
  hooks: { beforeOperation: [appendOnly] },
  defaultSort: '-at',
  fields: [
    {
      name: 'at',
      type: 'date',
      label: label('auditLog:at'),
      required: true,
      index: true,
      admin: { date: DAY_AND_TIME },
    },
    { name: 'actor', type: 'relationship', relationTo: options.slugs.users, label: label('auditLog:actor') },
    {
      name: 'actorName',
      type: 'text',
      label: label('auditLog:actorName'),
      admin: { components: { Cell: 'balises/client#AuditActorCell', Field: 'balises/client#AuditActorField' } },
    },
    {
      name: 'targetCollection',
      type: 'text',
      label: label('auditLog:targetCollection'),
      required: true,
      index: true,
      admin: { components: { Cell: 'balises/client#AuditCollectionCell', Field: 'balises/client#AuditCollectionField' } },
    },
    { name: 'targetId', type: 'text', label: label('auditLog:targetId'), required: true, index: true },
    {
      name: 'operation',
      type: 'select',
      label: label('auditLog:operation'),
      required: true,
      options: AUDITED_OPERATIONS.map((operation) => ({ label: label(`auditLog:${operation}`), value: operation })),
    },
    {
      name: 'summary',
      type: 'text',
      label: label('auditLog:summary'),
      admin: { components: { Cell: 'balises/client#AuditSummaryCell', Field: 'balises/client#AuditSummaryField' } },
    },
    {
      name: 'changes',
      type: 'array',
      label: label('auditLog:changes'),
      labels: { singular: label('labels:change'), plural: label('labels:changes') },
      admin: { components: { RowLabel: 'balises/client#AuditChangeRowLabel' } },
      // Stored as field names and raw values; shown by the field's label and the value in words.
      fields: [
        { name: 'field', type: 'text', label: label('auditLog:field'), admin: { components: { Field: changeField } } },
        { name: 'from', type: 'text', label: label('auditLog:from'), admin: { components: { Field: changeField } } },
        { name: 'to', type: 'text', label: label('auditLog:to'), admin: { components: { Field: changeField } } },
      ],
    },
  ],
})
