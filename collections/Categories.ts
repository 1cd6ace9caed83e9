import type { CollectionConfig } from 'payload'

import { forgetCachedCollection } from '../hooks/forgetCachedReference'
import { canEditCategories } from '../src/access/canEditCategories'
import { never } from '../src/access/never'
import { readActiveCategories } from '../src/access/readActiveCategories'
import { tr, translate } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'


export const categoriesCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.categories,
  labels: { singular: tr('categories:singular'), plural: tr('categories:plural') },
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
      label: tr('categories:code'),
      required: true,
      unique: true,
      index: true,
      admin: { description: tr('categories:codeDescription') },
    },
    { name: 'labelFr', type: 'text', label: tr('categories:labelFr'), required: true },
    { name: 'labelEn', type: 'text', label: tr('categories:labelEn'), required: true },
    {
      name: 'color',
      type: 'text',
      label: tr('categories:color'),
      required: true,
      defaultValue: '#64748b',
      admin: { description: tr('categories:colorDescription') },
      validate: (value: null | string | undefined, { req }: { req: { i18n?: { language?: string } } }) =>
        typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value)
          ? true
          : translate(req.i18n?.language, 'categories:colorInvalid'),
    },
    { name: 'order', type: 'number', admin: { hidden: true } },
    {
      name: 'retired',
      type: 'checkbox',
      label: tr('categories:retired'),
      defaultValue: false,
      admin: { description: tr('categories:retiredDescription'), position: 'sidebar' },
    },
  ],
})
