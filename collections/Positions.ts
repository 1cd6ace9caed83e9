import type { CollectionConfig } from 'payload'

import { adoptPosition } from '../hooks/adoptPosition'
import { auditEveryChange } from '../src/privacy/auditTrail'
import { requireCodeOfConduct } from '../hooks/requireCodeOfConduct'
import { unschedulePostsOfWithdrawnPosition } from '../hooks/unschedulePostsOfWithdrawnPosition'
import { canWritePositions } from '../src/access/canWritePositions'
import { isAdmin } from '../src/access/isAdmin'
import { hasBalisesRole } from '../src/access/hasBalisesRole'
import { neverField } from '../src/access/never'
import type { BalisesSlugs } from '../src/slugs'
import { label, tr, translate } from '../src/translations'

export const POSITION_STATUSES = ['draft', 'adopted', 'withdrawn', 'superseded'] as const

const audit = auditEveryChange({ label: (doc) => translate('fr', 'systemTexts:auditPosition', { title: String(doc.title ?? doc.id) }) })

export const positionsCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.positions,
  labels: { singular: label('positions:singular'), plural: label('positions:plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'adoptedAt', 'resolutionReference'],
    group: tr('general:navGroupPolicy'),
  },
  access: { read: hasBalisesRole, create: canWritePositions, update: canWritePositions, delete: isAdmin },
  hooks: {
    beforeChange: [requireCodeOfConduct('title'), adoptPosition],
    afterChange: [unschedulePostsOfWithdrawnPosition, audit.afterChange],
    afterDelete: [audit.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', label: label('positions:title'), required: true },
    { name: 'summary', type: 'textarea', label: label('positions:summary') },
    {
      name: 'status',
      type: 'select',
      label: label('positions:status'),
      required: true,
      defaultValue: 'draft',
      index: true,
      options: POSITION_STATUSES.map((status) => ({ label: label(`positions:${status}`), value: status })),
      admin: { position: 'sidebar', description: label('positions:statusDescription') },
    },
    {
      name: 'adoptedAt',
      type: 'date',
      label: label('positions:adoptedAt'),
      access: { create: neverField, update: neverField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'adoptedBy',
      type: 'relationship',
      relationTo: options.slugs.users,
      label: label('positions:adoptedBy'),
      access: { create: neverField, update: neverField },
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'resolutionReference', type: 'text', label: label('positions:resolutionReference') },
    {
      name: 'supersededBy',
      type: 'relationship',
      relationTo: options.slugs.positions,
      label: label('positions:supersededBy'),
      admin: { condition: (data) => data?.status === 'superseded' },
    },
  ],
})
