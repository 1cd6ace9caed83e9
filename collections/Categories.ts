import type { CollectionConfig } from 'payload'

import { forgetCachedCollection } from '../hooks/forgetCachedReference'
import { canEditCategories } from '../src/access/canEditCategories'
import { never } from '../src/access/never'
import { readActiveCategories } from '../src/access/readActiveCategories'
import { label, tr, translate } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'

export const categoriesCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.categories,
  labels: { singular: label('categories:singular'), plural: label('categories:plural') },
  admin: {
    useAsTitle: 'labelFr',
    defaultColumns: ['code', 'labelFr', 'labelEn', 'color', 'retired'],
    group: tr('general:navGroupPolicy'),
  },
  defaultSort: 'order',
  hooks: { afterChange: [forgetCachedCollection('categories')] },
  access: {
    read: readActiveCategories,
    create: canEditCategories,
    update: canEditCategories,
    delete: never,
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      label: label('categories:code'),
      required: true,
      unique: true,
      index: true,
      admin: { description: label('categories:codeDescription') },
    },
    { name: 'labelFr', type: 'text', label: label('categories:labelFr'), required: true },
    { name: 'labelEn', type: 'text', label: label('categories:labelEn'), required: true },
    {
      name: 'color',
      type: 'text',
      label: label('categories:color'),
      required: true,
      defaultValue: '#64748b',
      // The list shows the colour as a swatch beside its value.
      admin: { description: label('categories:colorDescription'), components: { Cell: 'balises/client#ColorCell' } },
      validate: (value: null | string | undefined, { req }: { req: { i18n?: { language?: string } } }) =>
        typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value) ? true : translate(req.i18n?.language, 'categories:colorInvalid'),
    },
    { name: 'order', type: 'number', admin: { hidden: true } },
    {
      name: 'retired',
      type: 'checkbox',
      label: label('categories:retired'),
      defaultValue: false,
      admin: { description: label('categories:retiredDescription'), position: 'sidebar' },
    },
  ],
})
